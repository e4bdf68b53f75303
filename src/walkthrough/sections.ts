/**
 * Render stage, walkthroughs: reads a Markdown tree as sections — a heading and the nodes after
 * it up to the next heading of any level — with the code blocks and inline code each holds.
 * Nodes before the first heading are not in any section.
 */
import type { Code, Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { slugifyHeading } from '../ingest/slugify-heading.ts';

export interface Section {
  /** Index of the heading in `tree.children`. */
  start: number;
  /** Index after the section's last node. */
  end: number;
  heading: Heading;
  title: string;
  /** Anchor-like id, unique within the document. */
  id: string;
  /** Code blocks anywhere inside the section, in order. */
  codes: Code[];
  /** Inline code in the section's prose. */
  inlineCode: string[];
}

export function readSections(tree: Root): Section[] {
  const sections: Section[] = [];
  const used = new Map<string, number>();
  tree.children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const last = sections.at(-1);
    if (last) last.end = index;
    const title = toString(node).replace(/\s+/g, ' ').trim();
    const base = slugifyHeading(title) || 'section';
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    sections.push({ start: index, end: tree.children.length, heading: node, title,
      id: n === 0 ? base : `${base}-${n}`, codes: [], inlineCode: [] });
  });
  for (const section of sections) {
    for (const node of tree.children.slice(section.start, section.end)) collect(node, section);
  }
  return sections;
}

function collect(node: RootContent, section: Section): void {
  visit(node, (child) => {
    if (child.type === 'code') section.codes.push(child);
    else if (child.type === 'inlineCode') section.inlineCode.push(child.value);
  });
}
