/**
 * Course stage: the headings of a composed page, for Starlight's "On this page" list (which
 * Markdown pages get from the renderer; composed pages must say it themselves).
 */
import type { ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from '../shared/visit.ts';

export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

export function tocHeadings(nodes: ElementContent[]): TocHeading[] {
  const headings: TocHeading[] = [];
  visit({ type: 'root', children: nodes }, 'element', (node) => {
    const match = /^h([1-6])$/.exec(node.tagName);
    const id = node.properties['id'];
    if (!match || typeof id !== 'string') return;
    headings.push({ depth: Number(match[1]), slug: id, text: toString(node).trim() });
  });
  return headings;
}
