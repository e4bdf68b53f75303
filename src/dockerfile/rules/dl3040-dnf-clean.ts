/**
 * Analyse stage, Dockerfile engine: DL3040 (hadolint) reports a RUN with `dnf install` (or
 * `microdnf`; also upgrade, reinstall) that does not run `dnf clean all` (or remove
 * `/var/cache/libdnf5*`) after it, unless dnf's cache is a cache or tmpfs mount.
 */
import type { ShellCommand } from '../model.ts';
import type { Rule, RuleText } from '../rule.ts';
import { mountsCacheOver } from '../rules-shared/cache-mount.ts';
import { runHits } from '../rules-shared/run-instructions.ts';
import { hasWord } from '../rules-shared/shell-options.ts';

const INSTALLS = ['install', 'in', 'upgrade', 'up', 'upgrade-minimal', 'up-min', 'reinstall',
  'rei'];

/** For one tool: an install with no clean after it. */
function missesClean(commands: readonly ShellCommand[], tool: string): boolean {
  const install = commands.findIndex((c) => hasWord(c, [tool], INSTALLS));
  if (install < 0) return false;
  const clean = commands.findIndex((c) => hasWord(c, [tool], ['clean', 'all']) ||
    hasWord(c, ['rm'], ['-rf', '/var/cache/libdnf5*']));
  return !(clean > install);
}

export const text: RuleText = {
  title: 'dnf clean all missing after dnf install',
  description: 'A RUN installs with dnf but does not run `dnf clean all` afterwards.',
  rationale: 'dnf keeps repository metadata and packages in its cache; unless the same RUN ' +
    'cleans it (or mounts a cache there), it is stored in the layer and shipped.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3040',
  examples: {
    bad: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62\n',
    good: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n',
  },
};

export const rule: Rule = {
  id: 'DL3040',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return runHits(model, ({ instruction, commands }) =>
      (missesClean(commands, 'dnf') || missesClean(commands, 'microdnf')) &&
      !mountsCacheOver(instruction.flags, '/var/cache/libdnf5') &&
      !mountsCacheOver(instruction.flags, '.cache/libdnf5'),
    '`dnf install` without `dnf clean all` after it: the cache stays in the layer');
  },
};
