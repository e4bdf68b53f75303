/**
 * Ingest stage, remark plugin: repairs the raw Markdown (mojibake, a document-wide
 * ```` ```markdown ```` wrapper, unclosed fences) before it is parsed, then maps every node's
 * position back to the line of the original file, so later diagnostics point at the author's
 * file. Each repair reports on the file (`file.message`) with the original line. The repaired
 * text is kept on the file (`repairedSourceOf`) for later steps that read the Markdown as text
 * (the command checks), so none of them reads the author's file again.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { Node } from 'unist';
import { visit } from '../shared/visit.ts';
import { readShipshapeInput } from '../shared/shipshape-frontmatter.ts';
import { parseMarkdown, satteriSyntax, type MarkdownSyntax } from './parse-markdown.ts';
import { repairSource, type RepairedSource } from './repair-source.ts';

const KEY = 'shipshapeRepairedSource';

/** The repaired Markdown of the file being rendered, once `remarkRepairSource` has parsed it. */
export function repairedSourceOf(data: Record<string, unknown>): RepairedSource | undefined {
  return data[KEY] as RepairedSource | undefined;
}

/**
 * The line of the repaired text a node of its tree starts on. The tree's lines are the author's
 * file's; a step that reads the repaired text (and maps its own lines back through `origins`)
 * takes the line from the node's offset, which stays the repaired text's.
 */
export function repairedLineOf(repaired: RepairedSource): (node: Node) => number {
  const starts = [0];
  for (let at = repaired.text.indexOf('\n'); at !== -1; at = repaired.text.indexOf('\n', at + 1)) {
    starts.push(at + 1);
  }
  return (node) => {
    const offset = node.position?.start.offset;
    if (offset === undefined) return node.position?.start.line ?? 0;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

export const remarkRepairSource: Plugin<[], Root> = function () {
  const remarkParse = this.parser;
  if (!remarkParse) throw new Error('remarkRepairSource must be used after remark-parse.');
  const data = (key: string): unknown => this.data(key as never);
  // The processor is frozen by its first parse: its syntax is read then, once.
  let syntax: MarkdownSyntax | undefined | null = null;
  this.parser = (document, file) => {
    // Lines the loader's front matter hand-off put above the body are not the author's.
    const offset = readShipshapeInput(file.data)?.lineOffset ?? 0;
    const source = offset > 0 ? document.split('\n').slice(offset).join('\n') : document;
    const repaired = repairSource(source);
    (file.data as Record<string, unknown>)[KEY] = repaired;
    // Sätteri when the syntax is the one it covers (parse-markdown.ts), else remark-parse.
    if (syntax === null) {
      syntax = satteriSyntax(data('micromarkExtensions'), data('fromMarkdownExtensions'));
    }
    const tree = (syntax === undefined ? undefined : parseMarkdown(repaired.text, syntax)) ??
      remarkParse(repaired.text, file) as Root;
    const origin = (line: number): number => repaired.origins[line - 1] ?? line;
    visit(tree, (node) => {
      const position = node.position;
      if (!position) return;
      // Offsets stay those of the repaired text: hast-util-raw needs them, only lines are shown.
      position.start = { ...position.start, line: origin(position.start.line) };
      position.end = { ...position.end, line: origin(position.end.line) };
    });
    for (const diagnostic of repaired.diagnostics) {
      file.message(`${diagnostic.found}; ${diagnostic.action}`, {
        place: { line: diagnostic.line, column: 1 },
        ruleId: diagnostic.ruleId,
        source: 'shipshape',
      });
    }
    return tree;
  };
};
