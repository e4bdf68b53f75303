/**
 * Analyse stage, Dockerfile engine: DL3005 reports `apt-get upgrade` or `apt-get dist-upgrade`
 * in a RUN. Hadolint retired this rule (hadolint/hadolint#964, commit b264eaa: Docker's
 * guidance changed to allow upgrades of the base image's packages); we keep it at `info`, as a
 * reminder that an upgrade makes the build depend on the day it runs.
 */
import type { Rule, RuleText } from '../rule.ts';
import { hasWord } from '../rules-shared/shell-options.ts';
import { runHits } from '../rules-shared/run-instructions.ts';

export const text: RuleText = {
  title: 'Think twice before apt-get upgrade',
  description: 'A RUN runs `apt-get upgrade` or `apt-get dist-upgrade`. Hadolint retired this ' +
    'rule; shipshape keeps it as information.',
  rationale: 'Upgrading every package makes the image depend on what the mirror offers on the ' +
    'day of the build, like an unpinned install. A newer base image tag usually brings the ' +
    'same fixes reproducibly; when you do need the upgrade (security fixes not yet in the ' +
    'base image), keep it, and know why it is there.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3005',
  examples: {
    bad: 'FROM debian:12.5\nRUN apt-get update && apt-get -y upgrade \\\n' +
      ' && rm -rf /var/lib/apt/lists/*\n',
    good: 'FROM debian:12.9\n',
  },
};

export const rule: Rule = {
  id: 'DL3005',
  source: 'hadolint',
  severity: 'info',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return runHits(model,
      ({ commands }) => commands.some((c) => hasWord(c, ['apt-get'], ['upgrade', 'dist-upgrade'])),
      '`apt-get upgrade` makes the image depend on the day of the build: prefer a newer base ' +
        'image tag');
  },
};
