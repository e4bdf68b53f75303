/**
 * Analyse stage, Dockerfile engine: DL3061 (hadolint) checks that a Dockerfile begins with FROM:
 * before the first FROM only ARG instructions (and comments, parser directives) may appear.
 * Whole-file rule: a snippet need not start with FROM.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';

export const text: RuleText = {
  title: 'Dockerfile must begin with FROM, ARG or a comment',
  description: 'Only ARG instructions, comments and parser directives may come before the ' +
    'first FROM.',
  rationale: 'Every instruction except a global ARG needs a stage to run in, and the first ' +
    'FROM starts it; the builder rejects anything else placed above it. Keeping the FROM at ' +
    'the top also tells the reader at once what the image is built on.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3061',
  examples: {
    bad: 'LABEL org.opencontainers.image.title="web"\nFROM nginx:1.27-alpine\n',
    good: 'ARG NGINX_VERSION=1.27\nFROM nginx:${NGINX_VERSION}-alpine\n' +
      'LABEL org.opencontainers.image.title="web"\n',
  },
};

export const rule: Rule = {
  id: 'DL3061',
  source: 'hadolint',
  severity: 'error',
  sameAs: [],
  scope: 'file',
  check({ model }) {
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      if (instruction.stage >= 0) break;
      if (instruction.keyword === 'ARG') continue;
      hits.push({
        line: instruction.line,
        endLine: instruction.endLine,
        message: `${instruction.keyword} before the first FROM: move it below a FROM ` +
          '(only ARG may come first)',
      });
    }
    return hits;
  },
};
