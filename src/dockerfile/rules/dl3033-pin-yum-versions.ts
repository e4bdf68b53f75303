/**
 * Analyse stage, Dockerfile engine: DL3033 (hadolint) reports `yum install <package>` without a
 * version (`<package>-<version>`), and `yum module install <module>` without a stream
 * (`<module>:<stream>`). A version from an ARG or ENV (`git-core-${version}`) counts.
 */
import type { Rule, RuleText } from '../rule.ts';
import { runHits } from '../rules-shared/run-instructions.ts';
import { installedWords, packagePinned } from '../rules-shared/rpm-packages.ts';
import { hasWord } from '../rules-shared/shell-options.ts';

export const text: RuleText = {
  title: 'Pin versions in yum install',
  description: 'A package in `yum install` has no version; write `<package>-<version>`.',
  rationale: 'Without a version yum installs whatever the repositories offer on the day of the ' +
    'build; pinned versions keep builds repeatable and make upgrades visible in review.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3033',
  examples: {
    bad: 'FROM rockylinux:9.3\nRUN yum install -y httpd && yum clean all\n',
    good: 'FROM rockylinux:9.3\nRUN yum install -y httpd-2.4.57 && yum clean all\n',
  },
};

export const rule: Rule = {
  id: 'DL3033',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return runHits(model, ({ instruction, commands }) => commands.some((c) => {
      const words = installedWords(c, ['yum']);
      if (hasWord(c, ['yum'], ['module'])) return words.some((w) => !w.includes(':'));
      return words.some((w) => !packagePinned(model, instruction, w));
    }), 'yum install without versions: pin each package as `<package>-<version>`');
  },
};
