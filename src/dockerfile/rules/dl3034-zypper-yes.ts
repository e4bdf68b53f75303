/**
 * Analyse stage, Dockerfile engine: DL3034 (hadolint) reports a zypper command that changes
 * packages (`install`, `remove`, `source-install`, `patch`…) without `-n`/`--non-interactive`
 * or `-y`/`--no-confirm`.
 */
import type { Rule, RuleText } from '../rule.ts';
import { runHits } from '../rules-shared/run-instructions.ts';
import { hasFlag, hasWord } from '../rules-shared/shell-options.ts';

const CHANGES = ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'];

export const text: RuleText = {
  title: 'Non-interactive switch missing from zypper',
  description: '`zypper install` (or remove, patch…) runs without `-n` or `-y`, so it stops to ' +
    'ask for confirmation.',
  rationale: 'A build cannot answer zypper\'s prompt; without `--non-interactive` the command ' +
    'waits for input that never comes and the build fails.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3034',
  examples: {
    bad: 'FROM opensuse/leap:15.6\nRUN zypper install curl=8.6.0 && zypper clean\n',
    good: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0 && zypper clean\n',
  },
};

export const rule: Rule = {
  id: 'DL3034',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return runHits(model, ({ commands }) => commands.some((c) => hasWord(c, ['zypper'], CHANGES) &&
      !hasFlag(c, 'non-interactive', 'n', 'no-confirm', 'y')),
    'zypper without `-n`/`-y`: add `-y` so the build does not stop at the prompt');
  },
};
