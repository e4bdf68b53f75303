/**
 * Course stage: an address given out once keeps working. When a lesson takes a heading's number
 * off its id, or leaves out part of a section (a repeat, a placeholder, a walkthrough's steps),
 * each id that goes stays behind on an empty marker, so `…/#old-id` still lands there.
 */
import type { Element, ElementContent } from 'hast';
import { visit } from '../shared/visit.ts';

export const OLD_ANCHOR_CLASS = 'lesson-old-anchor';

/** An empty marker carrying `id`. */
export function oldAnchor(id: string): Element {
  return { type: 'element', tagName: 'span', properties: { id, className: [OLD_ANCHOR_CLASS] },
    children: [] };
}

/** Markers for every id in `removed`, in document order. */
export function oldAnchorsOf(removed: readonly ElementContent[]): Element[] {
  const markers: Element[] = [];
  visit({ type: 'root', children: [...removed] }, 'element', (node) => {
    const id = node.properties['id'];
    if (typeof id === 'string' && id !== '') markers.push(oldAnchor(id));
  });
  return markers;
}

export function isOldAnchor(node: ElementContent): boolean {
  const classes = node.type === 'element' ? node.properties['className'] : undefined;
  return Array.isArray(classes) && classes.includes(OLD_ANCHOR_CLASS);
}
