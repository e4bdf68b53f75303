/**
 * Analyse stage, Dockerfile engine: DL3027 (hadolint) reports `apt` in a RUN: its interface is
 * for people at a terminal and may change; scripts use `apt-get` and `apt-cache`.
 */
import type { Rule, RuleText } from '../rule.ts';
import { isCommand } from '../rules-shared/shell-options.ts';
import { runHits } from '../rules-shared/run-instructions.ts';

export const text: RuleText = {
  title: 'Do not use apt, use apt-get or apt-cache',
  description: 'A RUN uses `apt`, the end-user front end; use `apt-get` or `apt-cache`.',
  rationale: '`apt` warns that it "does not have a stable CLI interface" when not run at a ' +
    'terminal: its output and options may change between releases. `apt-get` and ' +
    '`apt-cache` are the stable interfaces meant for scripts such as a Dockerfile.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3027',
  examples: {
    bad: 'FROM debian:12.5\nRUN apt update && apt install -y --no-install-recommends ' +
      'curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*\n',
    good: 'FROM debian:12.5\nRUN apt-get update && apt-get install -y --no-install-recommends ' +
      'curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*\n',
  },
};

export const rule: Rule = {
  id: 'DL3027',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return runHits(model, ({ commands }) => commands.some((c) => isCommand(c, 'apt')),
      '`apt` is meant for people at a terminal: use `apt-get` or `apt-cache` in a Dockerfile');
  },
};
