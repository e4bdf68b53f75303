/**
 * Analyse stage, Dockerfile engine: DL3008 reports packages in `apt-get install` without a
 * version. As in hadolint, a package counts as pinned when it has `=` (`curl=7.88.1-10`), a `/`
 * (`curl/bookworm-backports`, a path) or ends in `.deb`; the value of `-t`/`--target-release`
 * is a release, not a package.
 */
import type { ShellCommand } from '../model.ts';
import type { Rule, RuleText } from '../rule.ts';
import { aptGetInstalls } from '../rules-shared/apt-get-install.ts';

/** Options whose value is the next word, which must not be taken for a package. */
const VALUE_OPTIONS = new Set(['-t', '--target-release', '-o', '--option', '-c', '--config-file']);

function packagesOf(command: ShellCommand): string[] {
  const packages: string[] = [];
  for (let i = 0; i < command.args.length; i++) {
    const arg = command.args[i] ?? '';
    if (VALUE_OPTIONS.has(arg)) i++;
    else if (!arg.startsWith('-') && arg !== 'install') packages.push(arg);
  }
  return packages;
}

function isPinned(pkg: string): boolean {
  return pkg.includes('=') || pkg.includes('/') || pkg.endsWith('.deb');
}

function message(unpinned: readonly string[]): string {
  const names = unpinned.map((pkg) => `\`${pkg}\``).join(', ');
  return unpinned.length === 1
    ? `apt-get install ${names} without a version: pin it as \`${unpinned[0]}=<version>\``
    : `apt-get install ${names} without versions: pin each as \`<package>=<version>\``;
}

export const text: RuleText = {
  title: 'Pin versions in apt-get install',
  description: 'A package in `apt-get install` has no version; write `<package>=<version>`.',
  rationale: 'Without a version, apt-get installs whatever the mirror offers on the day of the ' +
    'build, so two builds of the same Dockerfile can ship different software. Pinned versions ' +
    'make the image reproducible and turn an upgrade into a visible change in review (and a ' +
    'failed build, rather than a silent change, when a version leaves the archive).',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3008',
  examples: {
    bad: 'FROM debian:12.5\nRUN apt-get update \\\n' +
      ' && apt-get install -y --no-install-recommends curl \\\n' +
      ' && rm -rf /var/lib/apt/lists/*\n',
    good: 'FROM debian:12.5\nRUN apt-get update \\\n' +
      ' && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 \\\n' +
      ' && rm -rf /var/lib/apt/lists/*\n',
  },
};

export const rule: Rule = {
  id: 'DL3008',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return aptGetInstalls(model).flatMap(({ command, line, endLine }) => {
      const unpinned = packagesOf(command).filter((pkg) => !isPinned(pkg));
      return unpinned.length === 0 ? [] : [{ line, endLine, message: message(unpinned) }];
    });
  },
};
