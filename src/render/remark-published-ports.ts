/**
 * Render stage, remark plugin: in a write-up, a `localhost:PORT` that no earlier `docker run -p`
 * published (src/examples/check-published-ports.ts) is reported to the author with `file:line`
 * and shown to the reader in a note right after the block that holds it.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { checkPublishedPorts } from '../examples/check-published-ports.ts';
import { readShipshapeInput } from '../ingest/shipshape-frontmatter.ts';
import { repairSource } from '../ingest/repair-source.ts';
import { reportCommandFinding } from './command-finding-note.ts';

export const remarkPublishedPorts: Plugin<[], Root> = function () {
  return (tree, file) => {
    if (readShipshapeInput(file.data)?.kind !== 'writeup' || !file.path) return;
    // The author's own file, so that lines are the file's lines (the tree's are mapped back too).
    const display = relative(file.cwd, file.path).replace(/\\/g, '/');
    // Repaired first, as the page was: the raw file may nest thousands deep (limit-nesting.ts).
    const repaired = repairSource(readFileSync(file.path, 'utf8'));
    for (const finding of checkPublishedPorts(repaired.text, display)) {
      reportCommandFinding(tree, file, 'Port check', {
        ruleId: finding.ruleId,
        line: repaired.origins[finding.line - 1] ?? finding.line,
        column: finding.column,
        text: finding.message.slice(finding.message.indexOf(': ') + 2),
      });
    }
  };
};
