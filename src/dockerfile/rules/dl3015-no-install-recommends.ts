/**
 * Analyse stage, Dockerfile engine: DL3015 reports `apt-get install` without
 * `--no-install-recommends`; as in hadolint, `-o APT::Install-Recommends=false` counts too.
 */
import type { Rule, RuleText } from '../rule.ts';
import { aptGetInstalls } from '../rules-shared/apt-get-install.ts';

/** apt reads option names case-insensitively and takes `false`, `0` or `no` for off. */
const RECOMMENDS_OFF = /^(?:-o|--option=)?APT::Install-Recommends=(?:false|0|no)$/i;

export const text: RuleText = {
  title: 'Avoid additional packages with --no-install-recommends',
  description: '`apt-get install` runs without `--no-install-recommends`, so apt also installs ' +
    'every package the named ones merely recommend.',
  rationale: 'Recommended packages are extras for an interactive system (documentation, GUI ' +
    'helpers, alternative backends) and often double the size of an install. In an image ' +
    'they add megabytes, build time and attack surface for nothing the app needs; ' +
    '`--no-install-recommends` installs just the packages named and their real dependencies.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3015',
  examples: {
    bad: 'FROM debian:12.5\nRUN apt-get update \\\n' +
      ' && apt-get install -y curl=7.88.1-10+deb12u5 \\\n' +
      ' && rm -rf /var/lib/apt/lists/*\n',
    good: 'FROM debian:12.5\nRUN apt-get update \\\n' +
      ' && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 \\\n' +
      ' && rm -rf /var/lib/apt/lists/*\n',
  },
};

export const rule: Rule = {
  id: 'DL3015',
  source: 'hadolint',
  severity: 'info',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return aptGetInstalls(model)
      .filter(({ command }) => !command.args.some((arg) => arg === '--no-install-recommends' ||
        RECOMMENDS_OFF.test(arg)))
      .map(({ line, endLine }) => ({ line, endLine,
        message: '`apt-get install` without `--no-install-recommends`: recommended packages ' +
          'are installed too' }));
  },
};
