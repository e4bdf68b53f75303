/**
 * Analyse stage, remark plugin: the command checks of a write-up, run on the tree the pipeline
 * parsed, right after the source repairs and before any step changes it. A `localhost:PORT` that
 * no earlier `docker run -p` published (src/examples/check-published-ports.ts), a command that
 * uses an image under a name the write-up never built, tagged or pulled
 * (src/examples/check-image-names.ts), and for a folder write-up a published port its Dockerfile
 * does not EXPOSE (src/examples/check-exposed-ports.ts). Lines are mapped back to the author's
 * file; `remarkCommandChecks` reports each finding and places its note.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { exposedPortFindings } from '../examples/check-exposed-ports.ts';
import { imageNameFindings } from '../examples/check-image-names.ts';
import { publishedPortFindings } from '../examples/check-published-ports.ts';
import { writeupDockerfile } from '../bundle/bundle-data.ts';
import { repairedLineOf, repairedSourceOf } from '../ingest/remark-repair-source.ts';
import type { ParsedMarkdown } from '../shared/parsed-markdown.ts';
import { readShipshapeInput } from '../shared/shipshape-frontmatter.ts';
import { relative } from 'node:path';

export interface CommandFinding {
  /** The title of its note. */
  title: string;
  ruleId: string;
  /** Line in the author's file. */
  line: number;
  column: number;
  message: string;
}

interface CommandCheck {
  title: string;
  check: (parsed: ParsedMarkdown, file: string) => Array<Omit<CommandFinding, 'title'>>;
}

/** Each check, in the order its notes appear. */
const CHECKS: readonly CommandCheck[] = [
  { title: 'Port check', check: publishedPortFindings },
  { title: 'Image name check', check: imageNameFindings },
];

const KEY = 'shipshapeCommandFindings';

/** The findings of the write-up being rendered, once `remarkCommandFindings` has run. */
export function commandFindingsOf(data: Record<string, unknown>): CommandFinding[] | undefined {
  return data[KEY] as CommandFinding[] | undefined;
}

export const remarkCommandFindings: Plugin<[], Root> = function () {
  return (tree, file) => {
    if (readShipshapeInput(file.data)?.kind !== 'writeup' || !file.path) return;
    const display = relative(file.cwd, file.path).replace(/\\/g, '/');
    // The text the page was parsed from (the raw file may nest thousands deep: limit-nesting.ts).
    const repaired = repairedSourceOf(file.data);
    if (!repaired) throw new Error('remarkCommandFindings must run after remarkRepairSource.');
    const parsed: ParsedMarkdown = { text: repaired.text, tree, lineOf: repairedLineOf(repaired) };
    // A folder write-up's Dockerfile says which port the app listens on (check-exposed-ports.ts).
    const dockerfile = writeupDockerfile(file.data);
    const byFile: CommandCheck[] = dockerfile === undefined ? [] : [{ title: 'Port check',
      check: (markdown, name) =>
        exposedPortFindings(markdown, name, dockerfile.text, dockerfile.path) }];
    const findings: CommandFinding[] = [];
    for (const { title, check } of [...CHECKS, ...byFile]) {
      for (const finding of check(parsed, display)) {
        findings.push({ ...finding, title,
          line: repaired.origins[finding.line - 1] ?? finding.line });
      }
    }
    (file.data as Record<string, unknown>)[KEY] = findings;
  };
};
