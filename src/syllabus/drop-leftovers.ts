/**
 * Course stage: what a pulled section must not bring along. An "Image not available" placeholder
 * (src/ingest/placeholder.ts) tells the write-up's author something; in a lesson it is a hole, so
 * it goes, with the paragraph and the heading it leaves empty. Horizontal rules at the section's
 * edges separated it from its neighbours on the write-up; the lesson draws its own borders.
 */
import type { Element, ElementContent, Parents } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit, SKIP } from '../shared/visit.ts';
import { rankOf, sectionEnd } from './extract-section.ts';
import { isOldAnchor, oldAnchorsOf } from './old-anchors.ts';

const PLACEHOLDER = 'shipshape-missing-image';

function isPlaceholder(node: Element): boolean {
  const classes = node.properties['className'];
  return Array.isArray(classes) && classes.includes(PLACEHOLDER);
}

/** Nothing a reader would see: whitespace, rules, or elements holding only those. */
function isEmpty(node: ElementContent): boolean {
  if (node.type === 'text') return node.value.trim() === '';
  if (node.type !== 'element') return true;
  if (node.tagName === 'hr') return true;
  if (['img', 'svg', 'video', 'iframe', 'pre', 'table', 'input'].includes(node.tagName)) {
    return false;
  }
  return toString(node).trim() === '' && node.children.every(isEmpty);
}

function removePlaceholders(root: Parents): void {
  visit(root, 'element', (node, index, parent) => {
    if (!isPlaceholder(node) || parent === undefined || index === undefined) return undefined;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}

/** Paragraphs and list items the placeholders left empty. */
function removeEmptyBlocks(root: Parents): void {
  visit(root, 'element', (node, index, parent) => {
    if (!['p', 'li', 'figure'].includes(node.tagName) || parent === undefined
      || index === undefined || !isEmpty(node)) return undefined;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}

/** A heading whose section holds nothing (or only emptier headings) goes with it. */
function removeEmptySections(children: ElementContent[]): void {
  for (let i = children.length - 1; i >= 0; i -= 1) {
    const node = children[i];
    if (node === undefined) continue;
    if (node.type === 'element' && rankOf(node) === undefined) removeEmptySections(node.children);
    if (rankOf(node) === undefined) continue;
    const end = sectionEnd(children, i);
    if (children.slice(i + 1, end).every(isEmpty)) {
      children.splice(i, end - i, ...oldAnchorsOf(children.slice(i, end)));
    }
  }
}

function trimRules(nodes: ElementContent[]): void {
  const blank = (node: ElementContent | undefined): boolean =>
    node !== undefined && !isOldAnchor(node) && isEmpty(node);
  while (blank(nodes.at(-1))) nodes.pop();
  // Rules right after the opening heading go too.
  const first = nodes.findIndex((node) => node.type === 'element');
  const opening = nodes[first];
  const from = opening !== undefined && rankOf(opening) !== undefined ? first + 1 : 0;
  while (from < nodes.length && blank(nodes[from])) nodes.splice(from, 1);
}

/** Removes placeholders and what they leave empty, in place; returns `nodes`. */
export function dropLeftovers(nodes: ElementContent[]): ElementContent[] {
  const root = { type: 'root' as const, children: nodes };
  removePlaceholders(root);
  removeEmptyBlocks(root);
  removeEmptySections(nodes);
  trimRules(nodes);
  return nodes;
}
