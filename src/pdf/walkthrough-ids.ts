/**
 * Outputs stage, PDF: on paper a walkthrough prints its Dockerfile as one numbered listing
 * (`.wt-print`) and hides its screen parts (the pinned code with its findings, each step's
 * excerpt). Chromium writes no PDF destination for an element it does not print, so a link to
 * one of their ids (the practices matrix and rule pages link to a Dockerfile's findings) would
 * lead nowhere. Their ids move to empty markers where the same thing is printed: the pinned
 * code's to the start of the listing, an excerpt's to the start of its step. Changes the tree.
 */
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';

function takeIds(root: Element): string[] {
  const ids: string[] = [];
  for (const node of [root, ...selectAll('[id]', root)]) {
    const id = node.properties['id'];
    if (typeof id !== 'string' || id === '') continue;
    ids.push(id);
    delete node.properties['id'];
  }
  return ids;
}

function prependMarkers(target: Element, ids: readonly string[]): void {
  const markers: Element[] = ids.map((id) => ({
    type: 'element', tagName: 'span', properties: { id }, children: [],
  }));
  target.children.unshift(...markers);
}

export function printedWalkthroughIds(root: Element): Element {
  for (const walkthrough of selectAll('.walkthrough', root)) {
    const listing = select('.wt-print', walkthrough);
    const code = select('.wt-code', walkthrough);
    if (listing && code) prependMarkers(listing, takeIds(code));
    for (const step of selectAll('.wt-step', walkthrough)) {
      const ids = selectAll('.expressive-code', step).flatMap(takeIds);
      if (ids.length > 0) prependMarkers(step, ids);
    }
  }
  return root;
}
