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
import { visit } from 'unist-util-visit';
import { readShipshapeInput } from '../shared/shipshape-frontmatter.ts';
import { repairSource, type RepairedSource } from './repair-source.ts';

const KEY = 'shipshapeRepairedSource';

/** The repaired Markdown of the file being rendered, once `remarkRepairSource` has parsed it. */
export function repairedSourceOf(data: Record<string, unknown>): RepairedSource | undefined {
  return data[KEY] as RepairedSource | undefined;
}

export const remarkRepairSource: Plugin<[], Root> = function () {
  const parse = this.parser;
  if (!parse) throw new Error('remarkRepairSource must be used after remark-parse.');
  this.parser = (document, file) => {
    // Lines the loader's front matter hand-off put above the body are not the author's.
    const offset = readShipshapeInput(file.data)?.lineOffset ?? 0;
    const source = offset > 0 ? document.split('\n').slice(offset).join('\n') : document;
    const repaired = repairSource(source);
    (file.data as Record<string, unknown>)[KEY] = repaired;
    const tree = parse(repaired.text, file) as Root;
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
