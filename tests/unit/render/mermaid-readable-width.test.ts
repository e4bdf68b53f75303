import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { MIN_TEXT_PX, readableWidth } from '../../../src/render/mermaid/readable-width.ts';

function svg(html: string): Element {
  const tree = fromHtml(html, { fragment: true, space: 'svg' });
  return tree.children.find((c): c is Element => c.type === 'element')!;
}

describe('readableWidth', () => {
  it('is the width at which the diagram text is MIN_TEXT_PX: viewBox × 11 / font size', () => {
    const diagram = svg('<svg id="m-1" viewBox="0 0 995.78 1093.8"><style>#m-1{font-family:' +
      'Inter;font-size:16px;fill:#333;}#m-1 .error-text{font-size:12px;}</style></svg>');
    expect(MIN_TEXT_PX).toBe(11);
    expect(readableWidth(diagram)).toBe(Math.ceil(995.78 * 11 / 16));
  });

  it('takes Mermaid’s default of 16 px when the stylesheet names none', () => {
    expect(readableWidth(svg('<svg id="m-2" viewBox="0 0 320 100"></svg>'))).toBe(220);
  });

  it('follows a larger or smaller configured font', () => {
    const diagram = svg('<svg id="m-3" viewBox="0 0 400 100"><style>#m-3{font-size:22px}' +
      '</style></svg>');
    expect(readableWidth(diagram)).toBe(200);
  });

  it('is none without a usable viewBox', () => {
    expect(readableWidth(svg('<svg id="m-4"></svg>'))).toBeUndefined();
    expect(readableWidth(svg('<svg id="m-5" viewBox="0 0 0 0"></svg>'))).toBeUndefined();
  });
});
