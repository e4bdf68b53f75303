/**
 * Analyse stage, Dockerfile engine: DL3047 (hadolint) reports `wget` without `--progress` (or
 * `-q`, `-nv`, `-o`, `-a`), whose default progress bar floods the build log.
 */
import type { ShellCommand } from '../model.ts';
import type { Rule, RuleText } from '../rule.ts';
import { runHits } from '../rules-shared/run-instructions.ts';
import { hasFlag, isCommand } from '../rules-shared/shell-options.ts';

const faulty = (c: ShellCommand): boolean => isCommand(c, 'wget') &&
  !hasFlag(c, 'progress', 'q', 'quiet', 'o', 'output-file', 'a', 'append-output',
    'no-verbose') && !c.args.includes('-nv');

export const text: RuleText = {
  title: 'wget without --progress floods the build log',
  description: '`wget` without `--progress=dot:giga` (or `-q`, `-nv`) prints a progress line ' +
    'every few kilobytes.',
  rationale: 'Without a terminal wget falls back to dot progress, many lines per megabyte: ' +
    'downloading a large file fills the build log with thousands of lines and hides the ' +
    'output that matters.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3047',
  examples: {
    bad: 'FROM debian:12.5\nRUN wget https://example.com/big.tar.gz\n',
    good: 'FROM debian:12.5\nRUN wget --progress=dot:giga https://example.com/big.tar.gz\n',
  },
};

export const rule: Rule = {
  id: 'DL3047',
  source: 'hadolint',
  severity: 'info',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return runHits(model, ({ commands }) => commands.some(faulty),
      '`wget` without `--progress=dot:giga` (or `-nv`): its progress output floods the log');
  },
};
