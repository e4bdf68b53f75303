/**
 * Analyse stage, Dockerfile engine: DL1001 (hadolint) reports an inline `# hadolint ignore=…`
 * pragma. Off by default, as in hadolint (severity "ignore"): teams that want every exception
 * in the configuration file turn it on.
 */
import type { Rule, RuleText } from '../rule.ts';

const PRAGMA = /^#?\s*hadolint\s+ignore\s*=/;

export const text: RuleText = {
  title: 'Refrain from inline ignore pragmas',
  description: 'A comment `# hadolint ignore=…` silences a rule for the next instruction. Off ' +
    'unless a configuration turns it on (hadolint\'s default too).',
  rationale: 'Inline exceptions are easy to add and easy to forget; teams that review every ' +
    'exception keep them in `.hadolint.yaml`, where they are listed in one place.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL1001',
  examples: {
    bad: 'FROM debian:12.5\n# hadolint ignore=DL3008\nRUN apt-get update && apt-get install -y ' +
      '--no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    good: 'FROM debian:12.5\nRUN apt-get update && apt-get install -y --no-install-recommends ' +
      'curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*\n',
  },
};

export const rule: Rule = {
  id: 'DL1001',
  source: 'hadolint',
  severity: 'info',
  defaultOff: true,
  sameAs: [],
  scope: 'any',
  check({ model }) {
    // A pragma on the first lines reads like a parser directive (`# hadolint …`), so the model
    // may hold it as a directive rather than a comment: both are looked at as written.
    const lines = model.source.split('\n');
    const candidates = [...model.comments.map((c) => c.line),
      ...model.directives.map((d) => d.line)];
    return [...new Set(candidates)].sort((a, b) => a - b)
      .filter((line) => PRAGMA.test((lines[line - 1] ?? '').trim())).map((line) => ({
      line, endLine: line,
      message: 'inline `hadolint ignore` pragma: keep exceptions in the configuration file' }));
  },
};
