/**
 * PDF, table cells: a name wraps only after `/`, `:` or `-` (a `<wbr>` there; print.css forbids
 * breaks inside words), text outside tables and SVG inside cells are left alone.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { select } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { cellBreaks } from '../../../src/pdf/cell-breaks.ts';

const html = (source: string): string => {
  const root = select('div', fromHtml(`<div>${source}</div>`, { fragment: true })) as Element;
  return toHtml(cellBreaks(root).children);
};

describe('cellBreaks', () => {
  it('puts a break opportunity after / : and - in image names in cells', () => {
    expect(html('<table><tr><td><code>python:3.9-alpine3.15</code></td></tr></table>'))
      .toBe('<table><tbody><tr><td><code>python:<wbr>3.9-<wbr>alpine3.15</code></td></tr>'
        + '</tbody></table>');
    expect(html('<table><tr><th>gcr.io/distroless/python3-debian12</th></tr></table>'))
      .toContain('gcr.io/<wbr>distroless/<wbr>python3-<wbr>debian12');
  });

  it('adds none inside a word, at a line end, before a space, or outside tables', () => {
    expect(html('<table><tr><td>distroless a - b x:</td></tr></table>'))
      .toContain('<td>distroless a - b x:</td>');
    expect(html('<p>python:3.13-slim</p>')).toBe('<p>python:3.13-slim</p>');
  });

  it('leaves an SVG in a cell alone', () => {
    expect(html('<table><tr><td><svg><text>a-b</text></svg></td></tr></table>'))
      .toContain('<text>a-b</text>');
  });
});
