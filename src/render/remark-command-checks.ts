/**
 * Render stage, remark plugin: the command checks' findings (remark-command-findings.ts, read from
 * the tree as parsed) are reported to the author with `file:line` and shown to the reader in a
 * note right after the block that holds each, wherever the earlier steps moved that block. No
 * check reads the author's file or parses the Markdown again.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { readShipshapeInput } from '../shared/shipshape-frontmatter.ts';
import { commandFindingsOf } from './remark-command-findings.ts';
import { reportCommandFinding } from './command-finding-note.ts';

export const remarkCommandChecks: Plugin<[], Root> = function () {
  return (tree, file) => {
    if (readShipshapeInput(file.data)?.kind !== 'writeup' || !file.path) return;
    const findings = commandFindingsOf(file.data);
    if (!findings) throw new Error('remarkCommandChecks must run after remarkCommandFindings.');
    for (const finding of findings) {
      reportCommandFinding(tree, file, finding.title, {
        ruleId: finding.ruleId,
        line: finding.line,
        column: finding.column,
        text: finding.message.slice(finding.message.indexOf(': ') + 2),
      });
    }
  };
};
