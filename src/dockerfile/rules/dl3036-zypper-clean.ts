/**
 * Analyse stage, Dockerfile engine: DL3036 (hadolint) reports a RUN with `zypper install` that
 * does not run `zypper clean` (`cc`) after it, unless `/var/cache/zypp` is a cache or tmpfs mount.
 */
import type { ShellCommand } from '../model.ts';
import type { Rule, RuleText } from '../rule.ts';
import { mountsCacheOver } from '../rules-shared/cache-mount.ts';
import { runHits } from '../rules-shared/run-instructions.ts';
import { hasWord } from '../rules-shared/shell-options.ts';

const installs = (c: ShellCommand): boolean => hasWord(c, ['zypper'], ['install', 'in']);
const cleans = (c: ShellCommand): boolean => hasWord(c, ['zypper'], ['clean', 'cc']);

export const text: RuleText = {
  title: 'zypper clean missing after zypper install',
  description: 'A RUN installs with zypper but does not run `zypper clean` afterwards.',
  rationale: 'zypper keeps repository metadata and packages under `/var/cache/zypp`; unless the ' +
    'same RUN cleans them (or mounts a cache there), they are shipped in the layer.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3036',
  examples: {
    bad: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0\n',
    good: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0 && zypper clean\n',
  },
};

export const rule: Rule = {
  id: 'DL3036',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return runHits(model, ({ instruction, commands }) => {
      const install = commands.findIndex(installs);
      if (install < 0 || mountsCacheOver(instruction.flags, '/var/cache/zypp')) return false;
      return !(commands.findIndex(cleans) > install);
    }, '`zypper install` without `zypper clean` after it: the cache stays in the layer');
  },
};
