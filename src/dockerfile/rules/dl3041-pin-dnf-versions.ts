/**
 * Analyse stage, Dockerfile engine: DL3041 (hadolint) reports `dnf install <package>` (or
 * `microdnf`) without a version (`<package>-<version>`), and `dnf module install <module>`
 * without a stream (`<module>:<stream>`); `dnf group install` is left alone.
 */
import type { Rule, RuleText } from '../rule.ts';
import { runHits } from '../rules-shared/run-instructions.ts';
import { installedWords, packagePinned } from '../rules-shared/rpm-packages.ts';
import { hasWord } from '../rules-shared/shell-options.ts';

const DNF = ['dnf', 'microdnf'];

export const text: RuleText = {
  title: 'Pin versions in dnf install',
  description: 'A package in `dnf install` has no version; write `<package>-<version>`.',
  rationale: 'Without a version dnf installs whatever the repositories offer on the day of the ' +
    'build; pinned versions keep builds repeatable and make upgrades visible in review.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3041',
  examples: {
    bad: 'FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\n',
    good: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n',
  },
};

export const rule: Rule = {
  id: 'DL3041',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return runHits(model, ({ instruction, commands }) => commands.some((c) => {
      const words = installedWords(c, DNF);
      if (hasWord(c, DNF, ['module'])) return words.some((w) => !w.includes(':'));
      if (hasWord(c, DNF, ['group'])) return false;
      return words.some((w) => !packagePinned(model, instruction, w));
    }), 'dnf install without versions: pin each package as `<package>-<version>`');
  },
};
