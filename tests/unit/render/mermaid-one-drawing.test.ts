/**
 * Issue 12: a diagram is shipped once for both themes. Mermaid's light and dark renderings of
 * one diagram share their layout; the dark one's stylesheet and colour attributes become CSS
 * under the dark theme on the light drawing. Drawings that differ otherwise stay two.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { compactSvg, roundPathData } from '../../../src/render/mermaid/compact-svg.ts';
import { darkRules, oneDrawing } from '../../../src/render/mermaid/one-drawing.ts';

function svg(source: string): Element {
  const fragment = fromHtml(source, { fragment: true, space: 'svg' });
  const element = fragment.children.find((c): c is Element => c.type === 'element');
  if (!element) throw new Error('no svg');
  return element;
}

/** A Mermaid-like drawing: its id, palette and a hand-drawn path with random control points. */
function drawing(id: string, palette: { fill: string; text: string }, curve: string,
  label = 'Need a shell?'): string {
  return `<svg id="${id}" class="flowchart" viewBox="0 0 100 50">` +
    `<style>#${id}{fill:${palette.text};}@keyframes dash{to{stroke-dashoffset:0;}}` +
    `#${id} .node rect,#${id} .node path{fill:${palette.fill};}</style>` +
    `<marker id="${id}_arrow"><path d="M 0 0 L 10 5"></path></marker>` +
    `<g class="node" id="${id}-flowchart-A-0"><path d="${curve}" fill="${palette.fill}"` +
    ` data-points="W3sieCI6MX1d"></path><foreignObject><div><span>${label}</span></div>` +
    `</foreignObject></g></svg>`;
}

const light = { fill: '#ECECFF', text: '#333' };
const dark = { fill: '#1f2020', text: '#ccc' };

describe('one drawing for both themes', () => {
  it('keeps the light drawing and carries the dark colours as CSS under the dark theme', () => {
    const merged = oneDrawing(svg(drawing('m-light', light, 'M1.123456 2 C3.5 4')),
      svg(drawing('m-dark', dark, 'M1.987654 2 C3.25 4')));
    expect(merged).toBeDefined();
    const html = toHtml(merged as Element, { space: 'svg' });
    expect(html.match(/<svg/g)).toHaveLength(1);
    expect(html).not.toContain('m-dark');
    // The light drawing's shape and palette are untouched.
    expect(html).toContain('d="M1.123456 2 C3.5 4" fill="#ECECFF"');
    // The dark stylesheet, moved onto the light id, not printed.
    expect(html).toContain("<style data-theme=\"dark\">@media not print{" +
      ":root[data-theme='dark'] #m-light{fill:#ccc;}@keyframes dash{to{stroke-dashoffset:0;}}" +
      ":root[data-theme='dark'] #m-light .node rect,:root[data-theme='dark'] #m-light .node " +
      'path{fill:#1f2020;}');
    // The fill attribute that differs is matched by a marked rule.
    expect(html).toContain('data-themed="0"');
    expect(html).toContain(`:root[data-theme='dark'] #m-light [data-themed="0"]{fill:#1f2020}}`);
  });

  it('adds the definitions only the dark drawing has, renamed to the light id', () => {
    const withGradient = drawing('m-dark', dark, 'M1 2').replace('</svg>',
      '<linearGradient id="m-dark-gradient"><stop offset="0%"></stop></linearGradient></svg>');
    const merged = oneDrawing(svg(drawing('m-light', light, 'M1 2')), svg(withGradient));
    const html = toHtml(merged as Element, { space: 'svg' });
    expect(html).toContain('<linearGradient id="m-light-gradient">');
  });

  it('gives up when the drawings differ in more than colour', () => {
    expect(oneDrawing(svg(drawing('m-light', light, 'M1 2')),
      svg(drawing('m-dark', dark, 'M1 2', 'Need a package manager?')))).toBeUndefined();
    const moved = drawing('m-dark', dark, 'M1 2').replace('viewBox="0 0 100 50"',
      'viewBox="0 0 120 50"');
    expect(oneDrawing(svg(drawing('m-light', light, 'M1 2')), svg(moved))).toBeUndefined();
  });

  it('prefixes every selector of a list, and leaves at-rules whole', () => {
    expect(darkRules('#m-dark .a,#m-dark .b{fill:red}@keyframes x{from{opacity:0}}', 'm-dark',
      'm-light')).toBe(":root[data-theme='dark'] #m-light .a,:root[data-theme='dark'] #m-light" +
        ' .b{fill:red}' +
        '@keyframes x{from{opacity:0}}');
  });
});

describe('compact drawings', () => {
  it('rounds path data to hundredths and keeps short numbers as written', () => {
    expect(roundPathData('M-75.3984375 -19.5 C-15.36895105340848 -19.5, 44.66053539318304 1'))
      .toBe('M-75.4 -19.5 C-15.37 -19.5, 44.66 1');
    expect(roundPathData('M 1,1 l 9,9 M 10.25,1 l -0.001,9')).toBe('M 1,1 l 9,9 M 10.25,1 l 0,9');
  });

  it('drops the edge-animation points', () => {
    const html = toHtml(compactSvg(svg(drawing('m', light, 'M1.23456 2'))), { space: 'svg' });
    expect(html).not.toContain('data-points');
    expect(html).toContain('d="M1.23 2"');
  });
});
