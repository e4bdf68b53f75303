/**
 * Shared by every stage that reads a write-up's Markdown as text and as a tree: the tree the
 * pipeline parsed the (repaired) text into, with the line of that text each node starts on. The
 * pipeline's tree carries the author's lines (src/ingest/remark-repair-source.ts); a step that
 * maps its own lines back to the author's takes the parsed text's from here.
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node } from 'unist';

export interface ParsedMarkdown {
  /** The text parsed (for a write-up, its repaired text); positions' offsets index it. */
  text: string;
  tree: Root;
  lineOf: (node: Node) => number;
}

/** A node's own line: right for a tree parsed from the text itself. */
export const positionLine = (node: Node): number => node.position?.start.line ?? 0;

/** `markdown` parsed as CommonMark, for a caller outside the pipeline (the CLI, tests). */
export function parseMarkdown(markdown: string): ParsedMarkdown {
  return { text: markdown, tree: unified().use(remarkParse).parse(markdown),
    lineOf: positionLine };
}
