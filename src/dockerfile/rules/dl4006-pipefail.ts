/**
 * Analyse stage, Dockerfile engine: DL4006 (hadolint) reports a RUN with a pipe when the
 * stage's SHELL does not set `-o pipefail` (bash, zsh or ash). A SHELL that is not a POSIX
 * shell (PowerShell, cmd) turns the check off for the rest of the stage; every FROM resets it.
 */
import type { Instruction } from '../model.ts';
import type { Rule, RuleHit, RuleText } from '../rule.ts';

/** Shells with `-o pipefail` that hadolint accepts. */
const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ash']);
const NON_POSIX_SHELLS = new Set(['pwsh', 'powershell', 'cmd']);

function shellName(word: string): string {
  const base = word.slice(Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\')) + 1);
  return base.toLowerCase().replace(/\.exe$/, '');
}

/** True when the SHELL makes a failing pipe stage fail the RUN, or makes pipes moot. */
function shellCovers(instruction: Instruction): boolean {
  const [program, ...options] = instruction.json ?? instruction.args;
  if (program === undefined) return false;
  const name = shellName(program);
  if (NON_POSIX_SHELLS.has(name)) return true;
  // `-o pipefail`, `-eo pipefail`, `-euxo pipefail`: an `o` in a short-option cluster.
  const setsO = options.some((option) => /^-[A-Za-z]*o[A-Za-z]*$/.test(option));
  return PIPEFAIL_SHELLS.has(name) && setsO && options.includes('pipefail');
}

export const text: RuleText = {
  title: 'Set -o pipefail before RUN with a pipe',
  description: 'A RUN that pipes one command into another should run under ' +
    '`SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (or ash/zsh with `-o pipefail`).',
  rationale: 'A shell reports only the last command of a pipe, so in ' +
    '`wget -O - https://… | tar xz` a failed download still counts as success and the build ' +
    'carries on with a broken image. With `pipefail` any failing stage fails the RUN, and ' +
    'the build stops where the problem is.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL4006',
  examples: {
    bad: 'FROM debian:12-slim\nWORKDIR /opt\n' +
      'RUN wget -q -O - https://example.com/tool.tar.gz | tar xz\n',
    good: 'FROM debian:12-slim\nWORKDIR /opt\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n' +
      'RUN wget -q -O - https://example.com/tool.tar.gz | tar xz\n',
  },
};

export const rule: Rule = {
  id: 'DL4006',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    for (const stage of model.stages) {
      let covered = false;
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'SHELL') covered = shellCovers(instruction);
        if (instruction.keyword !== 'RUN' || covered || !instruction.shell?.hasPipe) continue;
        hits.push({
          line: instruction.line,
          endLine: instruction.endLine,
          message: 'RUN with a pipe and no `pipefail`: a failure before the last `|` is ' +
            'ignored; add `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before it ' +
            '(`/bin/ash` on Alpine)',
        });
      }
    }
    return hits;
  },
};
