/**
 * Render stage, Mermaid: where a diagram starts, across its width. A top-down flowchart wider
 * than a phone scrolls sideways in its figure (readable-width.ts); opened at its left edge, its
 * first box — drawn at the top, often in the middle — was cut off. The start is the topmost
 * node (the first drawn of those at the same height), as a share of the diagram's width, so
 * that the page can open the figure there (client/diagram-start.ts).
 */
import type { Element } from 'hast';

/** The `translate(x, y)` of an element, or 0, 0. */
function translation(node: Element): [number, number] {
  const match = /translate\(\s*([-\d.e]+)[\s,]+([-\d.e]+)\s*\)/.exec(
    String(node.properties['transform'] ?? ''));
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
}

function isNode(node: Element): boolean {
  const classes = node.properties['className'];
  return node.tagName === 'g' && Array.isArray(classes) && classes.map(String).includes('node');
}

/**
 * The horizontal centre of the diagram's topmost node as a share (0–1) of its viewBox width;
 * undefined for an SVG without a viewBox or nodes.
 */
export function diagramStart(svg: Element): number | undefined {
  const viewBox = String(svg.properties['viewBox'] ?? '').trim().split(/[\s,]+/).map(Number);
  const [minX = 0, , width = 0] = viewBox;
  if (viewBox.length !== 4 || !(width > 0)) return undefined;
  let best: { x: number; y: number } | undefined;
  const walk = (node: Element, dx: number, dy: number): void => {
    const [tx, ty] = translation(node);
    const x = dx + tx;
    const y = dy + ty;
    if (isNode(node)) {
      if (!best || y < best.y) best = { x, y };
      return;
    }
    for (const child of node.children) {
      if (child.type === 'element') walk(child, x, y);
    }
  };
  walk(svg, 0, 0);
  if (!best) return undefined;
  const share = ((best as { x: number }).x - minX) / width;
  return Math.min(1, Math.max(0, Math.round(share * 1000) / 1000));
}
