/**
 * Analyse stage, Dockerfile engine: DL3028 (hadolint) reports `gem install <gem>` without a
 * version (`<gem>:<version>`); `-v`/`--version` on the command pins it too.
 */
import type { ShellCommand } from '../model.ts';
import type { Rule, RuleText } from '../rule.ts';
import { runHits } from '../rules-shared/run-instructions.ts';
import { hasWord } from '../rules-shared/shell-options.ts';

function unpinnedGems(command: ShellCommand): string[] {
  if (!hasWord(command, ['gem'], ['install', 'i'])) return [];
  const { args } = command;
  if (args.includes('-v') || args.includes('--version') ||
    args.some((a) => a.startsWith('--version='))) return [];
  const gems: string[] = [];
  const until = args.includes('--') ? args.indexOf('--') : args.length;
  for (let i = 0; i < until; i++) {
    const arg = args[i] ?? '';
    if (arg.startsWith('-')) i++; // hadolint takes the next word as the option's value
    else if (arg !== 'install' && arg !== 'i') gems.push(arg);
  }
  return gems.filter((gem) => !gem.includes(':'));
}

export const text: RuleText = {
  title: 'Pin versions in gem install',
  description: 'A gem in `gem install` has no version; write `<gem>:<version>` or use `-v`.',
  rationale: 'Without a version RubyGems installs the newest release on the day of the build; ' +
    'a pinned version keeps two builds of the same Dockerfile alike.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3028',
  examples: {
    bad: 'FROM ruby:3.3-slim\nRUN gem install bundler\n',
    good: 'FROM ruby:3.3-slim\nRUN gem install bundler:2.5.22\n',
  },
};

export const rule: Rule = {
  id: 'DL3028',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return runHits(model, ({ commands }) => commands.some((c) => unpinnedGems(c).length > 0),
      ({ commands }) => `gem install ${commands.flatMap(unpinnedGems).map((g) => `\`${g}\``)
        .join(', ')} without a version: pin it as \`<gem>:<version>\``);
  },
};
