/**
 * Analyse stage, Dockerfile engine: DL3046 (hadolint) reports `useradd -u <uid>` with a UID of
 * more than five digits and without `-l`/`--no-log-init`.
 */
import type { ShellCommand } from '../model.ts';
import type { Rule, RuleText } from '../rule.ts';
import { runHits } from '../rules-shared/run-instructions.ts';
import { flagValues, hasFlag, isCommand } from '../rules-shared/shell-options.ts';

const faulty = (c: ShellCommand): boolean => isCommand(c, 'useradd') &&
  !hasFlag(c, 'l', 'no-log-init') && hasFlag(c, 'u', 'uid') &&
  flagValues(c.args, 'u').some((uid) => uid.length > 5);

export const text: RuleText = {
  title: 'useradd with a high UID needs -l',
  description: '`useradd -u` with a large UID and without `-l` (`--no-log-init`).',
  rationale: 'useradd records every user in the sparse files `/var/log/faillog` and ' +
    '`/var/log/lastlog`, indexed by UID; in an image layer a sparse file is stored in full, so ' +
    'a UID like 123456789 can add gigabytes. `-l` skips those logs.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3046',
  examples: {
    bad: 'FROM debian:12.5\nRUN useradd -u 123456 app\n',
    good: 'FROM debian:12.5\nRUN useradd -l -u 123456 app\n',
  },
};

export const rule: Rule = {
  id: 'DL3046',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return runHits(model, ({ commands }) => commands.some(faulty),
      '`useradd -u` with a high UID and without `-l`: the login logs can fill the layer');
  },
};
