/**
 * Course stage: a walkthrough that comes inside a pulled write-up section becomes its Dockerfile.
 * A write-up's walkthrough is built from the write-up's own sections (its steps), which lessons
 * pull one at a time where they teach them; bringing the whole walkthrough along with the section
 * that holds it would repeat them all ("Entrypoint vs CMD" twice on one lesson). A walkthrough a
 * lesson wants whole is a `walkthrough:` source and is left alone.
 */
import type { Element, ElementContent } from 'hast';
import { select } from 'hast-util-select';
import { visit, SKIP } from '../shared/visit.ts';
import { oldAnchorsOf } from './old-anchors.ts';

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties['className'];
  return Array.isArray(classes) && classes.includes(name);
}

/** The step the walkthrough started on is marked; on its own the listing marks no line. */
function unmark(code: Element): void {
  visit(code, 'element', (node) => {
    if (!hasClass(node, 'ec-line')) return;
    const classes = node.properties['className'];
    if (Array.isArray(classes)) {
      node.properties['className'] = classes.filter((name) => name !== 'highlight'
        && name !== 'mark');
    }
  });
}

/** Replaces each walkthrough in `nodes` by its code and findings, in place; returns `nodes`. */
export function flattenWalkthroughs(nodes: ElementContent[]): ElementContent[] {
  const root = { type: 'root' as const, children: nodes };
  visit(root, 'element', (node, index, parent) => {
    if (!hasClass(node, 'walkthrough') || parent === undefined || index === undefined) {
      return undefined;
    }
    const code = select('.wt-code', node);
    const listing = (code?.children ?? []).filter((child) => child.type === 'element');
    for (const child of listing) unmark(child);
    // The steps' addresses now lead to the Dockerfile, whose lines they explained.
    const kept = new Set(oldAnchorsOf(listing).map((marker) => marker.properties['id']));
    const anchors = oldAnchorsOf([node]).filter((marker) => !kept.has(marker.properties['id']));
    parent.children.splice(index, 1, ...anchors, ...listing);
    return [SKIP, index + anchors.length + listing.length];
  });
  return nodes;
}
