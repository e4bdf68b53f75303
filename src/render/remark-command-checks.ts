/**
 * Render stage, remark plugin: the command checks of a write-up, run on one repaired copy of its
 * file. A `localhost:PORT` that no earlier `docker run -p` published
 * (src/examples/check-published-ports.ts), and a command that uses an image under a name the
 * write-up never built, tagged or pulled (src/examples/check-image-names.ts), are reported to the
 * author with `file:line` and shown to the reader in a note right after the block that holds it.
 * The checks read the Markdown that `remarkRepairSource` repaired and parsed (never the author's
 * file again); their lines are mapped back to the file's as every node's are.
 */
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { checkImageNames } from '../examples/check-image-names.ts';
import { checkPublishedPorts } from '../examples/check-published-ports.ts';
import { checkExposedPorts } from '../examples/check-exposed-ports.ts';
import { writeupDockerfile } from '../bundle/bundle-data.ts';
import { readShipshapeInput } from '../shared/shipshape-frontmatter.ts';
import { repairedSourceOf } from '../ingest/remark-repair-source.ts';
import { reportCommandFinding } from './command-finding-note.ts';

interface CommandFinding {
  ruleId: string;
  line: number;
  column: number;
  message: string;
}

interface CommandCheck {
  /** The title of its note. */
  title: string;
  check: (text: string, file: string) => CommandFinding[];
}

/** Each check, in the order its notes appear. */
const CHECKS: readonly CommandCheck[] = [
  { title: 'Port check', check: checkPublishedPorts },
  { title: 'Image name check', check: checkImageNames },
];

export const remarkCommandChecks: Plugin<[], Root> = function () {
  return (tree, file) => {
    if (readShipshapeInput(file.data)?.kind !== 'writeup' || !file.path) return;
    const display = relative(file.cwd, file.path).replace(/\\/g, '/');
    // The text the page was parsed from (the raw file may nest thousands deep: limit-nesting.ts).
    const repaired = repairedSourceOf(file.data);
    if (!repaired) throw new Error('remarkCommandChecks must run after remarkRepairSource.');
    // A folder write-up's Dockerfile says which port the app listens on (check-exposed-ports.ts).
    const dockerfile = writeupDockerfile(file.data);
    const byFile = dockerfile === undefined ? [] : [{ title: 'Port check',
      check: (text: string, name: string) =>
        checkExposedPorts(text, name, dockerfile.text, dockerfile.path) }];
    for (const { title, check } of [...CHECKS, ...byFile]) {
      for (const finding of check(repaired.text, display)) {
        reportCommandFinding(tree, file, title, {
          ruleId: finding.ruleId,
          line: repaired.origins[finding.line - 1] ?? finding.line,
          column: finding.column,
          text: finding.message.slice(finding.message.indexOf(': ') + 2),
        });
      }
    }
  };
};
