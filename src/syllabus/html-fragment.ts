/**
 * Course stage: rendered pages as HTML trees — parse, serialize, list ids. Lessons pull sections
 * out of pages that are already rendered, so what a lesson shows is what the page shows.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from '../shared/visit.ts';

export function parseFragment(html: string): Root {
  return fromHtml(html, { fragment: true });
}

export function serialize(nodes: Root | ElementContent[]): string {
  return toHtml(Array.isArray(nodes) ? { type: 'root', children: nodes } : nodes);
}

/** Every `id` in the tree, in document order. */
export function idsOf(tree: Root | Element): string[] {
  const ids: string[] = [];
  visit(tree, 'element', (node) => {
    const id = node.properties['id'];
    if (typeof id === 'string' && id !== '') ids.push(id);
  });
  return ids;
}

/** The element whose `id` is `id`, if any. */
export function findById(tree: Root, id: string): Element | undefined {
  let found: Element | undefined;
  visit(tree, 'element', (node) => {
    if (found || node.properties['id'] !== id) return;
    found = node;
  });
  return found;
}
