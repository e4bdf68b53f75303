/**
 * Analyse stage, Dockerfile engine: DL3014 reports `apt-get install` without `-y`. As in
 * hadolint, `--yes`, `--assume-yes` also count, alone or in a cluster such as `-qy`, and so does
 * quiet level 2 (`-qq`, `-q -q`, `-q=2`, `--quiet --quiet`), which implies yes; a single `-q`
 * does not.
 */
import type { Rule, RuleText } from '../rule.ts';
import { aptGetInstalls } from '../rules-shared/apt-get-install.ts';
import { optionNames } from '../rules-shared/option-names.ts';

const YES_OPTIONS = new Set(['y', 'yes', 'assume-yes']);

/** apt-get's quiet level: each `q`/`quiet` adds one, `-q=2`/`--quiet=2` sets it. */
function quietLevel(args: readonly string[]): number {
  let level = 0;
  for (const arg of args) {
    const set = /^(?:-q|--quiet)=(\d+)$/.exec(arg);
    if (set) level = Number(set[1]);
    else level += optionNames(arg).filter((o) => o === 'q' || o === 'quiet').length;
  }
  return level;
}

export const text: RuleText = {
  title: 'Use the -y switch with apt-get install',
  description: '`apt-get install` runs without `-y`, so it stops to ask for confirmation.',
  rationale: 'A build has no one to answer apt-get\'s "Do you want to continue?" prompt: without ' +
    '`-y` apt-get aborts as soon as it wants to install more than the packages named, and the ' +
    'build fails on an unrelated change in the package archive. `-y` makes the install ' +
    'non-interactive, as a build must be.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3014',
  examples: {
    bad: 'FROM debian:12.5\nRUN apt-get update \\\n' +
      ' && apt-get install --no-install-recommends curl=7.88.1-10+deb12u5 \\\n' +
      ' && rm -rf /var/lib/apt/lists/*\n',
    good: 'FROM debian:12.5\nRUN apt-get update \\\n' +
      ' && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 \\\n' +
      ' && rm -rf /var/lib/apt/lists/*\n',
  },
};

export const rule: Rule = {
  id: 'DL3014',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return aptGetInstalls(model)
      .filter(({ command }) => !command.args.some((arg) => optionNames(arg)
        .some((o) => YES_OPTIONS.has(o))) && quietLevel(command.args) < 2)
      .map(({ line, endLine }) => ({ line, endLine,
        message: '`apt-get install` without `-y`: add `-y` so the build does not stop at ' +
          'apt-get\'s confirmation prompt' }));
  },
};
