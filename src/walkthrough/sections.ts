/**
 * Render stage, walkthroughs: reads a Markdown tree as sections — a heading and the nodes after
 * it up to the next heading of any level — with the code blocks and inline code each holds.
 * Nodes before the first heading are not in any section, unless the lead is asked for: prose
 * inference reads them too, since a write-up whose only heading became its page title (or whose
 * list of practices comes before any heading) says everything there.
 */
import type { Code, Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from '../shared/visit.ts';
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

/** The nodes before the first heading, as a section with no heading and no title. */
export interface LeadSection extends Omit<Section, 'heading'> {
  heading: undefined;
}

/** The lead's id, which no heading's id takes (a heading "Lead" gets `lead-1`). */
export const LEAD_ID = 'lead';

export function readSections(tree: Root): Section[];
export function readSections(tree: Root, options: { lead: true }): Array<Section | LeadSection>;
export function readSections(tree: Root, options: { lead?: boolean } = {}):
  Array<Section | LeadSection> {
  const sections: Array<Section | LeadSection> = [];
  const used = new Map<string, number>();
  const firstHeading = tree.children.findIndex((node) => node.type === 'heading');
  const leadEnd = firstHeading === -1 ? tree.children.length : firstHeading;
  if (options.lead && leadEnd > 0) {
    used.set(LEAD_ID, 1);
    sections.push({ start: 0, end: leadEnd, heading: undefined, title: '', id: LEAD_ID,
      codes: [], inlineCode: [] });
  }
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

function collect(node: RootContent, section: Section | LeadSection): void {
  visit(node, (child) => {
    if (child.type === 'code') section.codes.push(child);
    else if (child.type === 'inlineCode') section.inlineCode.push(child.value);
  });
}
