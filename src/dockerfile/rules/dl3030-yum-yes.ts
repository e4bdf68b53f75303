/**
 * Analyse stage, Dockerfile engine: DL3030 (hadolint) reports `yum install` (also
 * `groupinstall`, `localinstall`) without `-y`/`--assumeyes`.
 */
import type { Rule, RuleText } from '../rule.ts';
import { runHits } from '../rules-shared/run-instructions.ts';
import { hasFlag, hasWord } from '../rules-shared/shell-options.ts';

export const text: RuleText = {
  title: 'Use the -y switch with yum install',
  description: '`yum install` runs without `-y`, so it stops to ask for confirmation.',
  rationale: 'A build has no one to answer yum\'s "Is this ok [y/N]" prompt: without `-y` the ' +
    'install is cancelled and the build fails.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3030',
  examples: {
    bad: 'FROM rockylinux:9.3\nRUN yum install httpd-2.4.57 && yum clean all\n',
    good: 'FROM rockylinux:9.3\nRUN yum install -y httpd-2.4.57 && yum clean all\n',
  },
};

export const rule: Rule = {
  id: 'DL3030',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return runHits(model, ({ commands }) => commands.some((c) =>
      hasWord(c, ['yum'], ['install', 'groupinstall', 'localinstall']) &&
      !hasFlag(c, 'y', 'assumeyes')),
    '`yum install` without `-y`: add `-y` so the build does not stop at the prompt');
  },
};
