/**
 * Analyse stage, Dockerfile engine: DL3035 (hadolint) reports `zypper dist-upgrade` (`dup`).
 */
import type { Rule, RuleText } from '../rule.ts';
import { runHits } from '../rules-shared/run-instructions.ts';
import { hasWord } from '../rules-shared/shell-options.ts';

export const text: RuleText = {
  title: 'Do not use zypper dist-upgrade',
  description: 'A RUN runs `zypper dist-upgrade`, which can move the image to another release.',
  rationale: 'A distribution upgrade inside a build changes the whole system under the base ' +
    'image: the result depends on the day of the build and may no longer match the base ' +
    'image\'s release. Pick a newer base image tag instead.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3035',
  examples: {
    bad: 'FROM opensuse/leap:15.5\nRUN zypper -n dist-upgrade && zypper clean\n',
    good: 'FROM opensuse/leap:15.6\n',
  },
};

export const rule: Rule = {
  id: 'DL3035',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return runHits(model, ({ commands }) => commands.some((c) =>
      hasWord(c, ['zypper'], ['dist-upgrade', 'dup'])),
    '`zypper dist-upgrade` in a build: use a newer base image tag instead');
  },
};
