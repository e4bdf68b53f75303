/**
 * Analyse stage, Dockerfile engine: DL3018 (hadolint) checks that every package an `apk add`
 * installs names a version (`curl=8.12.1-r0`, `curl~8.12`) or is a local `.apk` file. The name
 * given to `--virtual`/`-t` and the URL of `--repository`/`-X` are not packages.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { baseName } from '../rules-shared/base-name.ts';
import { commandsOf } from '../rules-shared/run-commands.ts';

/** Options of `apk add` whose value is the next word, as hadolint drops them. */
const LONG_WITH_VALUE = new Set(['virtual', 'repository']);
const SHORT_WITH_VALUE = new Set(['t', 'X']);

/** The package words of an `apk add`: what is left once options and their values are gone. */
function apkAddPackages(args: readonly string[]): string[] {
  const packages: string[] = [];
  let skipNext = false;
  for (const arg of args) {
    if (skipNext) {
      skipNext = false;
      continue;
    }
    if (arg === '-' || arg === '--') continue;
    if (arg.startsWith('--')) {
      // `--virtual=.deps` carries its value; only the bare form consumes the next word.
      skipNext = !arg.includes('=') && LONG_WITH_VALUE.has(arg.slice(2));
      continue;
    }
    if (arg.startsWith('-')) {
      skipNext = [...arg.slice(1)].some((letter) => SHORT_WITH_VALUE.has(letter));
      continue;
    }
    if (arg !== 'add') packages.push(arg);
  }
  return packages;
}

function isPinned(pkg: string): boolean {
  return /[=~<>]/.test(pkg) || pkg.endsWith('.apk');
}

export const text: RuleText = {
  title: 'Pin versions in apk add',
  description: 'Every package installed with `apk add` should name its version, as in ' +
    '`apk add curl=8.12.1-r0`.',
  rationale: 'An unpinned `apk add` installs whatever the Alpine mirror holds on the day of the ' +
    'build, so two builds of the same Dockerfile can ship different binaries. Pinning makes ' +
    'the image reproducible and turns a package upgrade into a visible, reviewable change.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3018',
  examples: {
    bad: 'FROM alpine:3.21\nRUN apk add --no-cache curl\n',
    good: 'FROM alpine:3.21\nRUN apk add --no-cache curl=8.12.1-r0\n',
  },
};

export const rule: Rule = {
  id: 'DL3018',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'RUN') continue;
      for (const command of commandsOf(instruction)) {
        if (baseName(command.name) !== 'apk' || !command.args.includes('add')) continue;
        const unpinned = apkAddPackages(command.args).filter((pkg) => !isPinned(pkg));
        if (unpinned.length === 0) continue;
        const list = unpinned.map((pkg) => `\`${pkg}\``).join(', ');
        hits.push({
          line: command.line,
          endLine: command.line,
          message: `apk add without a version for ${list}: pin each package, ` +
            `e.g. \`${unpinned[0] ?? 'package'}=<version>\``,
        });
      }
    }
    return hits;
  },
};
