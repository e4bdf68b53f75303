/**
 * Course stage: the part of a rendered page that a syllabus reference names. A heading's section
 * is the heading and what follows it up to the next heading of the same or a higher rank; any
 * other element with that id (a walkthrough, a findings panel) is taken whole.
 */
import type { Element, ElementContent, Parents, Root } from 'hast';
import { visitParents } from '../shared/visit.ts';

const RANK: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

const WRAPPER = 'sl-heading-wrapper';

/** Starlight wraps each heading with its anchor link in `div.sl-heading-wrapper`. */
export function isHeadingWrapper(node: Element): boolean {
  const classes = node.properties['className'];
  return node.tagName === 'div' && Array.isArray(classes) && classes.includes(WRAPPER);
}

/** The heading itself, whether `node` is the heading or Starlight's wrapper around it. */
export function headingOf(node: ElementContent): Element | undefined {
  if (node.type !== 'element') return undefined;
  if (!isHeadingWrapper(node)) return RANK[node.tagName] ? node : undefined;
  const heading = node.children.find((child) => child.type === 'element' && RANK[child.tagName]);
  return heading?.type === 'element' ? heading : undefined;
}

/** The rank of a heading (or of a heading's wrapper): 1 for h1 … 6 for h6. */
export function rankOf(node: ElementContent): number | undefined {
  if (node.type !== 'element') return undefined;
  if (!isHeadingWrapper(node)) return RANK[node.tagName];
  const heading = node.children.find((child) => child.type === 'element' && RANK[child.tagName]);
  return heading?.type === 'element' ? RANK[heading.tagName] : undefined;
}

/**
 * Where the section that opens at `siblings[start]` (a heading or its wrapper) ends: the index of
 * the next heading of the same or a higher rank, or the end of the list.
 */
export function sectionEnd(siblings: readonly ElementContent[], start: number): number {
  const opening = siblings[start];
  const rank = opening === undefined ? undefined : rankOf(opening);
  let end = start + 1;
  while (rank !== undefined && end < siblings.length) {
    const next = siblings[end];
    const nextRank = next ? rankOf(next) : undefined;
    if (nextRank !== undefined && nextRank <= rank) break;
    end += 1;
  }
  return rank === undefined ? start + 1 : end;
}

/** A copy of the section `id` names, or undefined when the page has no such id. */
export function extractSection(tree: Root, id: string): ElementContent[] | undefined {
  let result: ElementContent[] | undefined;
  visitParents(tree, 'element', (node: Element, ancestors: Parents[]) => {
    if (result || node.properties['id'] !== id) return;
    const rank = rankOf(node);
    const parent = ancestors.at(-1);
    if (rank === undefined || !parent) {
      result = [node];
      return;
    }
    // The heading's own line is its wrapper, when Starlight gave it one.
    const wrapped = parent.type === 'element' && isHeadingWrapper(parent);
    const line = wrapped ? parent : node;
    const container = wrapped ? ancestors.at(-2) : parent;
    if (!container) return;
    const siblings = container.children as ElementContent[];
    const start = siblings.indexOf(line);
    result = siblings.slice(start, sectionEnd(siblings, start));
  });
  return result === undefined ? undefined : structuredClone(result);
}
