/**
 * Analyse stage, Dockerfile engine: DL4004 (hadolint) reports every ENTRYPOINT after the first
 * in the same stage; only the last one takes effect.
 */
import type { Rule, RuleText } from '../rule.ts';
import { laterRepeats } from '../rules-shared/later-repeats.ts';

export const text: RuleText = {
  title: 'Multiple ENTRYPOINT instructions',
  description: 'A stage should have at most one ENTRYPOINT; when there are several, only the ' +
    'last one is used.',
  rationale: 'The image keeps a single entrypoint, so an earlier ENTRYPOINT never runs and ' +
    'whoever reads the Dockerfile may believe it does. A single ENTRYPOINT per stage states ' +
    'exactly which program the container starts.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL4004',
  examples: {
    bad: 'FROM node:22-alpine\nWORKDIR /app\nCOPY server.js /app/\n' +
      'ENTRYPOINT ["node"]\nENTRYPOINT ["node", "server.js"]\n',
    good: 'FROM node:22-alpine\nWORKDIR /app\nCOPY server.js /app/\n' +
      'ENTRYPOINT ["node", "server.js"]\n',
  },
};

export const rule: Rule = {
  id: 'DL4004',
  source: 'hadolint',
  severity: 'error',
  sameAs: ['MultipleInstructionsDisallowed'],
  scope: 'any',
  check({ model }) {
    return laterRepeats(model, 'ENTRYPOINT').map(({ instruction, firstLine }) => ({
      line: instruction.line,
      endLine: instruction.endLine,
      message: `Another ENTRYPOINT in this stage (the first is on line ` +
        `${firstLine}): only the last one takes effect, keep just one`,
    }));
  },
};
