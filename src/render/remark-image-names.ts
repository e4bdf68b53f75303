/**
 * Render stage, remark plugin: in a write-up, a command that uses an image under a name the
 * write-up never built, tagged or pulled (src/examples/check-image-names.ts) is reported to the
 * author with `file:line` and shown to the reader in a note right after the block that holds it.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { checkImageNames } from '../examples/check-image-names.ts';
import { readShipshapeInput } from '../ingest/shipshape-frontmatter.ts';
import { repairSource } from '../ingest/repair-source.ts';
import { reportCommandFinding } from './command-finding-note.ts';

export const remarkImageNames: Plugin<[], Root> = function () {
  return (tree, file) => {
    if (readShipshapeInput(file.data)?.kind !== 'writeup' || !file.path) return;
    const display = relative(file.cwd, file.path).replace(/\\/g, '/');
    // Repaired first, as the page was (see remark-published-ports.ts).
    const repaired = repairSource(readFileSync(file.path, 'utf8'));
    for (const finding of checkImageNames(repaired.text, display)) {
      reportCommandFinding(tree, file, 'Image name check', {
        ruleId: finding.ruleId,
        line: repaired.origins[finding.line - 1] ?? finding.line,
        column: finding.column,
        text: finding.message.slice(finding.message.indexOf(': ') + 2),
      });
    }
  };
};
