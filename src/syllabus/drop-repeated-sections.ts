/**
 * Course stage: a lesson shows each section of a page once. When a pulled section holds one the
 * lesson already has (pulled on its own earlier, or inside an earlier section), the repeat goes,
 * heading and all; the lesson's table of contents lists every section once.
 */
import type { ElementContent } from 'hast';
import { headingOf, rankOf, sectionEnd } from './extract-section.ts';
import { oldAnchorsOf } from './old-anchors.ts';

/** `writeups/x#some-heading`: a section by the page it lives on and its id there. */
function keyOf(pageId: string, node: ElementContent): string | undefined {
  const id = headingOf(node)?.properties['id'];
  return typeof id === 'string' && id !== '' ? `${pageId}#${id}` : undefined;
}

function drop(children: ElementContent[], pageId: string, seen: Set<string>): void {
  let i = 0;
  while (i < children.length) {
    const node = children[i];
    if (node === undefined) break;
    const key = rankOf(node) === undefined ? undefined : keyOf(pageId, node);
    if (key !== undefined && seen.has(key)) {
      const end = sectionEnd(children, i);
      const anchors = oldAnchorsOf(children.slice(i, end));
      children.splice(i, end - i, ...anchors);
      i += anchors.length;
      continue;
    }
    if (node.type === 'element' && rankOf(node) === undefined) drop(node.children, pageId, seen);
    i += 1;
  }
}

function remember(children: ElementContent[], pageId: string, seen: Set<string>): void {
  for (const node of children) {
    const key = rankOf(node) === undefined ? undefined : keyOf(pageId, node);
    if (key !== undefined) seen.add(key);
    else if (node.type === 'element') remember(node.children, pageId, seen);
  }
}

/**
 * Removes from `nodes` (in place) the sections of `pageId` that `seen` holds, then adds the ones
 * that stay to `seen`. Returns `nodes`; empty when the whole section was a repeat.
 */
export function dropRepeatedSections(
  nodes: ElementContent[],
  pageId: string,
  seen: Set<string>,
): ElementContent[] {
  drop(nodes, pageId, seen);
  remember(nodes, pageId, seen);
  return nodes;
}
