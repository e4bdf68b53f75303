/**
 * Analyse stage, Dockerfile engine: DL3032 (hadolint) reports a RUN with `yum install` that does
 * not run `yum clean all` (or `rm -rf /var/cache/yum/*`) after it.
 */
import type { ShellCommand } from '../model.ts';
import type { Rule, RuleText } from '../rule.ts';
import { runHits } from '../rules-shared/run-instructions.ts';
import { hasWord } from '../rules-shared/shell-options.ts';

const installs = (c: ShellCommand): boolean => hasWord(c, ['yum'], ['install']);
const cleans = (c: ShellCommand): boolean => hasWord(c, ['yum'], ['clean', 'all']) ||
  hasWord(c, ['rm'], ['-rf', '/var/cache/yum/*']);

export const text: RuleText = {
  title: 'yum clean all missing after yum install',
  description: 'A RUN installs with yum but does not run `yum clean all` afterwards.',
  rationale: 'yum keeps downloaded packages and metadata under `/var/cache/yum`; unless the ' +
    'same RUN removes them, they are stored in the layer and shipped with the image.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3032',
  examples: {
    bad: 'FROM rockylinux:9.3\nRUN yum install -y httpd-2.4.57\n',
    good: 'FROM rockylinux:9.3\nRUN yum install -y httpd-2.4.57 && yum clean all\n',
  },
};

export const rule: Rule = {
  id: 'DL3032',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return runHits(model, ({ commands }) => {
      const install = commands.findIndex(installs);
      return install >= 0 && !(commands.findIndex(cleans) > install);
    }, '`yum install` without `yum clean all` after it: the package cache stays in the layer');
  },
};
