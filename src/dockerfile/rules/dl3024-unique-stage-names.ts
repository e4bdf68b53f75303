/**
 * Analyse stage, Dockerfile engine: DL3024 (hadolint) checks that no two stages share an
 * `AS` name; the later FROM is reported.
 */
import type { Rule, RuleText } from '../rule.ts';
import { duplicateStageNames } from '../rules-shared/duplicate-stage-names.ts';
import { fromLines } from '../rules-shared/from-lines.ts';

export const text: RuleText = {
  title: 'FROM aliases must be unique',
  description: 'Each `FROM … AS name` should give its stage a name no other stage uses.',
  rationale: 'With two stages of the same name, `COPY --from=name` and `--target name` can only ' +
    'reach one of them, so files come from a stage the reader did not expect. Recent builders ' +
    'refuse such a Dockerfile outright.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3024',
  examples: {
    bad: 'FROM node:22-alpine AS build\nWORKDIR /app\nCOPY package.json /app/\n\n' +
      'FROM node:22-alpine AS build\nWORKDIR /app\nCOPY --from=0 /app /app\n',
    good: 'FROM node:22-alpine AS deps\nWORKDIR /app\nCOPY package.json /app/\n\n' +
      'FROM node:22-alpine AS build\nWORKDIR /app\nCOPY --from=deps /app /app\n',
  },
};

export const rule: Rule = {
  id: 'DL3024',
  source: 'hadolint',
  severity: 'error',
  sameAs: ['DuplicateStageName'],
  scope: 'any',
  check({ model }) {
    return duplicateStageNames(model).map(({ stage, name, firstLine }) => ({
      ...fromLines(stage),
      message: `Stage name \`${name}\` is already used by the FROM on line ${firstLine}: ` +
        'give this stage another name',
    }));
  },
};
