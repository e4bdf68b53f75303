/**
 * Render stage, Mermaid: a drawing's bytes, cut without changing what it shows. Mermaid's
 * hand-drawn shapes write 17-digit coordinates ("-15.36895105340848") in their path data, and
 * every edge carries its points again as base64 (`data-points`, for animations a static page
 * never runs): `/compare/`'s decision diagram was 68 KB, 40 KB once paths are rounded to
 * hundredths of a pixel, which no screen or paper shows.
 */
import type { Element } from 'hast';
import { visit } from '../../shared/visit.ts';

/** Numbers in path data keep two decimals; shorter ones are left as written. */
export function roundPathData(d: string): string {
  return d.replace(/-?\d*\.\d{3,}(?:e-?\d+)?/gi, (number) => {
    const rounded = Number(Number(number).toFixed(2));
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

/** Rounds the path data of `svg` and drops Mermaid's edge-animation data, in place. */
export function compactSvg(svg: Element): Element {
  visit(svg, 'element', (node) => {
    const d = node.properties['d'];
    if (typeof d === 'string') node.properties['d'] = roundPathData(d);
    delete node.properties['dataPoints'];
  });
  return svg;
}
