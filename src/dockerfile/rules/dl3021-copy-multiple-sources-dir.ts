/**
 * Analyse stage, Dockerfile engine: DL3021 (hadolint) checks that a COPY with more than one
 * source copies into a directory, written with a trailing `/`.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { unquote } from '../rules-shared/unquote.ts';

export const text: RuleText = {
  title: 'COPY with several sources needs a destination ending in /',
  description: 'When COPY has more than one source, its last argument must be a directory ' +
    'ending with `/`.',
  rationale: 'With several sources the builder can only copy into a directory, and it stops ' +
    'the build when the destination does not end in `/`. Writing the slash makes the ' +
    'destination\'s meaning plain to the reader as well.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3021',
  examples: {
    bad: 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json /app\n',
    good: 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json /app/\n',
  },
};

export const rule: Rule = {
  id: 'DL3021',
  source: 'hadolint',
  severity: 'error',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'COPY' || instruction.args.length <= 2) continue;
      const destination = unquote(instruction.args[instruction.args.length - 1] ?? '');
      if (destination.endsWith('/')) continue;
      hits.push({
        line: instruction.line,
        endLine: instruction.endLine,
        message: `COPY of ${instruction.args.length - 1} sources into \`${destination}\`: ` +
          `end the destination with \`/\` (\`${destination}/\`)`,
      });
    }
    return hits;
  },
};
