/**
 * Test helper for the analyse stage, walkthroughs: reads a Markdown write-up into the sections
 * inferWalkthrough takes, the way its production caller defines them (a heading and everything
 * up to the next heading of any level), so fixtures can be written as Markdown.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { slugifyHeading } from '../../../../src/ingest/slugify-heading.ts';
import type { SectionInput } from '../../../../src/walkthrough/infer/types.ts';

function collect(node: RootContent, section: SectionInput, nextId: () => string): void {
  visit(node, (child) => {
    if (child.type === 'code') {
      const start = child.position?.start.line ?? 0;
      // A fenced block's code starts on the line after its opening fence.
      section.blocks.push({ id: nextId(), lang: child.lang ?? '', source: child.value,
        line: start + 1 });
    } else if (child.type === 'inlineCode') {
      section.inlineCode.push(child.value);
    }
  });
}

export function sectionsFromMarkdown(markdown: string): SectionInput[] {
  const tree: Root = unified().use(remarkParse).parse(markdown);
  const sections: SectionInput[] = [];
  const used = new Map<string, number>();
  let blocks = 0;
  const nextId = (): string => `block-${++blocks}`;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const title = toString(node).replace(/\s+/g, ' ').trim();
      const base = slugifyHeading(title) || 'section';
      const n = used.get(base) ?? 0;
      used.set(base, n + 1);
      sections.push({ id: n === 0 ? base : `${base}-${n}`, title, depth: node.depth,
        line: node.position?.start.line ?? 0, blocks: [], inlineCode: [] });
      continue;
    }
    const section = sections.at(-1);
    if (section) collect(node, section, nextId);
  }
  return sections;
}

/**
 * The vote-service write-up is wrapped in a ```markdown fence that the pipeline removes; blanking
 * the two fence lines (instead of deleting them) keeps every position a line of the real file.
 */
export function unwrapMarkdownFence(text: string, open: number, close: number): string {
  const lines = text.split('\n');
  for (const line of [open, close]) {
    if (!/^```/.test(lines[line - 1] ?? '')) throw new Error(`line ${line} is not a fence`);
    lines[line - 1] = '';
  }
  return lines.join('\n');
}
