/**
 * Analyse stage, Dockerfile engine: DL3016 (hadolint) reports `npm install <package>` without a
 * version (`name@1.2.3`, a tag, a git URL with `#commit`, a tarball or a folder all count as
 * pinned). A bare `npm install` (from package.json) is fine.
 */
import type { ShellCommand } from '../model.ts';
import type { Rule, RuleText } from '../rule.ts';
import { runHits } from '../rules-shared/run-instructions.ts';
import { dropFlagValues, isCommand, wordsWithoutFlags } from '../rules-shared/shell-options.ts';

const GIT = ['git://', 'git+ssh://', 'git+http://', 'git+https://'];
const PATHS = ['/', './', '../', '~/'];
const TARBALLS = ['.tar', '.tar.gz', '.tgz'];

function pinned(pkg: string): boolean {
  if (GIT.some((p) => pkg.startsWith(p))) return pkg.includes('#');
  if (TARBALLS.some((s) => pkg.endsWith(s)) || PATHS.some((p) => pkg.startsWith(p))) return true;
  // A scope (`@types/node`) is not a version: hadolint drops the leading characters above `/`.
  let start = 0;
  if (pkg.startsWith('@')) while (start < pkg.length && (pkg[start] ?? '') > '/') start++;
  return pkg.slice(start).includes('@');
}

function unpinned(command: ShellCommand): string[] {
  if (!isCommand(command, 'npm') || !command.args.includes('install')) return [];
  const words = wordsWithoutFlags(dropFlagValues(command.args, ['loglevel', 'registry']));
  if (words[0] !== 'install') return [];
  return words.slice(1).filter((word) => word !== 'install' && !pinned(word));
}

export const text: RuleText = {
  title: 'Pin versions in npm install',
  description: 'A package in `npm install <package>` has no version; write ' +
    '`<package>@<version>`.',
  rationale: 'Without a version npm installs the newest release on the day of the build, so ' +
    'two builds of one Dockerfile can ship different code. A version (or a package.json with ' +
    'a lockfile and `npm ci`) makes the build repeatable.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3016',
  examples: {
    bad: 'FROM node:22.11-bookworm-slim\nRUN npm install -g pm2\n',
    good: 'FROM node:22.11-bookworm-slim\nRUN npm install -g pm2@5.4.3\n',
  },
};

export const rule: Rule = {
  id: 'DL3016',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return runHits(model, ({ commands }) => commands.some((c) => unpinned(c).length > 0),
      ({ commands }) => {
        const names = commands.flatMap(unpinned).map((p) => `\`${p}\``).join(', ');
        return `npm install ${names} without a version: pin it as \`<package>@<version>\``;
      });
  },
};
