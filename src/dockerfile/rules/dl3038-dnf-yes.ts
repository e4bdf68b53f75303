/**
 * Analyse stage, Dockerfile engine: DL3038 (hadolint) reports `dnf install` (also `microdnf`,
 * `groupinstall`, `localinstall`) without `-y`/`--assumeyes`.
 */
import type { Rule, RuleText } from '../rule.ts';
import { runHits } from '../rules-shared/run-instructions.ts';
import { hasFlag, hasWord } from '../rules-shared/shell-options.ts';

export const text: RuleText = {
  title: 'Use the -y switch with dnf install',
  description: '`dnf install` runs without `-y`, so it stops to ask for confirmation.',
  rationale: 'A build has no one to answer dnf\'s "Is this ok [y/N]" prompt: without `-y` the ' +
    'install is cancelled and the build fails.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3038',
  examples: {
    bad: 'FROM fedora:40\nRUN dnf install httpd-2.4.62 && dnf clean all\n',
    good: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n',
  },
};

export const rule: Rule = {
  id: 'DL3038',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return runHits(model, ({ commands }) => commands.some((c) =>
      hasWord(c, ['dnf', 'microdnf'], ['install', 'groupinstall', 'localinstall']) &&
      !hasFlag(c, 'y', 'assumeyes')),
    '`dnf install` without `-y`: add `-y` so the build does not stop at the prompt');
  },
};
