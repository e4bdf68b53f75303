/**
 * Analyse stage, Dockerfile engine: DL3037 (hadolint) reports `zypper install <package>` without
 * a version (`=`, `>=`, `<`… or an `.rpm` file).
 */
import type { ShellCommand } from '../model.ts';
import type { Rule, RuleText } from '../rule.ts';
import { runHits } from '../rules-shared/run-instructions.ts';
import { hasWord, wordsWithoutFlags } from '../rules-shared/shell-options.ts';

function unpinned(c: ShellCommand): string[] {
  if (!hasWord(c, ['zypper'], ['install', 'in'])) return [];
  return wordsWithoutFlags(c.args).filter((w) => w !== 'install' && w !== 'in' &&
    !/[=<>]/.test(w) && !w.endsWith('.rpm'));
}

export const text: RuleText = {
  title: 'Pin versions in zypper install',
  description: 'A package in `zypper install` has no version; write `<package>=<version>`.',
  rationale: 'Without a version zypper installs whatever the repositories offer on the day of ' +
    'the build; pinned versions keep builds repeatable.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3037',
  examples: {
    bad: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl && zypper clean\n',
    good: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0 && zypper clean\n',
  },
};

export const rule: Rule = {
  id: 'DL3037',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return runHits(model, ({ commands }) => commands.some((c) => unpinned(c).length > 0),
      ({ commands }) => `zypper install ${commands.flatMap(unpinned).map((p) => `\`${p}\``)
        .join(', ')} without a version: pin it as \`<package>=<version>\``);
  },
};
