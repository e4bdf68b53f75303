/**
 * Render stage, remark plugin: in a write-up, a `localhost:PORT` that no earlier `docker run -p`
 * published (src/examples/check-published-ports.ts) is reported to the author with `file:line`
 * and shown to the reader in a note right after the block that holds it.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { checkPublishedPorts } from '../examples/check-published-ports.ts';
import { readShipshapeInput } from '../ingest/shipshape-frontmatter.ts';
import { repairSource } from '../ingest/repair-source.ts';
import { splitInlineCode } from '../shared/inline-code.ts';

function noteFor(message: string): RootContent {
  return {
    type: 'paragraph',
    data: { hName: 'aside', hProperties: { className: ['command-finding'], role: 'note' } },
    children: [{ type: 'strong', children: [{ type: 'text', value: 'Port check: ' }] },
      ...splitInlineCode(message).map((part): PhrasingContent => part.code
        ? { type: 'inlineCode', value: part.text }
        : { type: 'text', value: part.text })],
  };
}

export const remarkPublishedPorts: Plugin<[], Root> = function () {
  return (tree, file) => {
    if (readShipshapeInput(file.data)?.kind !== 'writeup' || !file.path) return;
    // The author's own file, so that lines are the file's lines (the tree's are mapped back too).
    const display = relative(file.cwd, file.path).replace(/\\/g, '/');
    // Repaired first, as the page was: the raw file may nest thousands deep (limit-nesting.ts).
    const repaired = repairSource(readFileSync(file.path, 'utf8'));
    const findings = checkPublishedPorts(repaired.text, display).map((finding) => ({
      ...finding, line: repaired.origins[finding.line - 1] ?? finding.line }));
    for (const finding of findings) {
      const text = finding.message.slice(finding.message.indexOf(': ') + 2);
      file.message(text, {
        place: { line: finding.line, column: finding.column },
        ruleId: finding.ruleId,
        source: 'shipshape',
      });
      const at = tree.children.findIndex((node) => {
        const start = node.position?.start.line ?? Infinity;
        const end = node.position?.end.line ?? -Infinity;
        return start <= finding.line && finding.line <= end;
      });
      tree.children.splice(at === -1 ? tree.children.length : at + 1, 0, noteFor(text));
    }
  };
};
