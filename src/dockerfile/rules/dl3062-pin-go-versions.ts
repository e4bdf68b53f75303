/**
 * Analyse stage, Dockerfile engine: DL3062 (hadolint) reports `go install`, `go get` or
 * `go run` of a package without a version (`<package>@<version>`; `@latest` and `@none` do not
 * count). Local paths (`.`, `./cmd/app`, `/src`) are fine.
 */
import type { ShellCommand } from '../model.ts';
import type { Rule, RuleText } from '../rule.ts';
import { runHits } from '../rules-shared/run-instructions.ts';
import { hasWord, wordsWithoutFlags } from '../rules-shared/shell-options.ts';

function packages(commands: readonly ShellCommand[]): string[] {
  const run = commands.filter((c) => hasWord(c, ['go'], ['run'])).flatMap((c) =>
    wordsWithoutFlags(c.args).slice(0, 2).filter((w) => w !== 'run'));
  if (run.length > 0) return run;
  return commands.filter((c) => hasWord(c, ['go'], ['install', 'get'])).flatMap((c) =>
    wordsWithoutFlags(c.args).filter((w) => !['install', 'get', 'tool'].includes(w)));
}

function pinned(pkg: string): boolean {
  if (pkg === '.' || pkg.startsWith('/') || pkg.startsWith('.')) return true;
  return pkg.includes('@') && !pkg.endsWith('@latest') && !pkg.endsWith('@none');
}

export const text: RuleText = {
  title: 'Pin versions in go install',
  description: 'A package in `go install` (or `go get`, `go run`) has no version; write ' +
    '`<package>@<version>`.',
  rationale: 'Without a version Go fetches the newest release on the day of the build (and ' +
    '`@latest` says so explicitly); a version keeps two builds of the same Dockerfile alike.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3062',
  examples: {
    bad: 'FROM golang:1.24\nRUN go install golang.org/x/tools/gopls@latest\n',
    good: 'FROM golang:1.24\nRUN go install golang.org/x/tools/gopls@v0.16.2\n',
  },
};

export const rule: Rule = {
  id: 'DL3062',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return runHits(model, ({ commands }) => packages(commands).some((p) => !pinned(p)),
      ({ commands }) => `go ${packages(commands).filter((p) => !pinned(p))
        .map((p) => `\`${p}\``).join(', ')} without a version: pin it as \`<package>@<version>\``);
  },
};
