/**
 * Render stage, Mermaid: the narrowest width at which a diagram's text is still readable. An SVG
 * scales down to fit its column; on a phone a wide flowchart's 16 px labels became 5 px. Given
 * this width as `min-width`, the diagram scrolls sideways in its figure instead of shrinking
 * its text below `MIN_TEXT_PX`.
 */
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';

/** The smallest text size a reader should get, in CSS pixels. */
export const MIN_TEXT_PX = 11;
/** Mermaid's own default when its stylesheet names no size. */
const MERMAID_FONT_PX = 16;

/** The font size of the diagram's text: the rule Mermaid writes for the SVG's own id. */
function fontSize(svg: Element): number {
  const id = String(svg.properties['id'] ?? '');
  const style = svg.children.find((child): child is Element =>
    child.type === 'element' && child.tagName === 'style');
  const css = style ? toString(style) : '';
  const rootRule = id === '' ? undefined : css.split('}').find((rule) =>
    rule.trimStart().startsWith(`#${id}{`) || rule.trimStart().startsWith(`#${id} {`));
  const size = /font-size:\s*([\d.]+)px/.exec(rootRule ?? '')?.[1];
  return size === undefined ? MERMAID_FONT_PX : Number(size);
}

/** Width in CSS px below which the text would fall under `MIN_TEXT_PX`; none without a viewBox. */
export function readableWidth(svg: Element): number | undefined {
  const viewBox = String(svg.properties['viewBox'] ?? '').trim().split(/[\s,]+/).map(Number);
  const width = viewBox[2];
  if (viewBox.length !== 4 || width === undefined || !(width > 0)) return undefined;
  return Math.ceil(width * MIN_TEXT_PX / fontSize(svg));
}
