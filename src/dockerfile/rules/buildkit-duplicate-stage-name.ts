/**
 * Analyse stage, Dockerfile engine: BuildKit's DuplicateStageName check. Reports a stage whose
 * `AS` name an earlier stage already uses; names compare case-insensitively, as BuildKit
 * lowercases them.
 */
import type { Rule, RuleText } from '../rule.ts';
import { duplicateStageNames } from '../rules-shared/duplicate-stage-names.ts';
import { fromLines } from '../rules-shared/from-lines.ts';

export const text: RuleText = {
  title: 'Stage names must be unique',
  description: 'Two build stages in one Dockerfile should not share a name (`FROM … AS build` ' +
    'twice), whatever the letter case.',
  rationale: 'References to a duplicated name resolve to whichever stage comes last before ' +
    'them, so `COPY --from=build` or `--target build` can quietly pick a different stage than ' +
    'the author meant. Unique names make every reference unambiguous.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/duplicate-stage-name/',
  examples: {
    bad: 'FROM node:22 AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\n\n' +
      'FROM node:22 AS build\nWORKDIR /app\nCOPY --from=build /app/node_modules ./node_modules\n' +
      'COPY . .\nRUN npm run build\n',
    good: 'FROM node:22 AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\n\n' +
      'FROM node:22 AS build\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\n' +
      'COPY . .\nRUN npm run build\n',
  },
};

export const rule: Rule = {
  id: 'DuplicateStageName',
  source: 'buildkit',
  severity: 'warning',
  sameAs: ['DL3024'],
  scope: 'any',
  check({ model }) {
    return duplicateStageNames(model).map(({ stage, name, firstLine }) => ({
      ...fromLines(stage),
      message: `Duplicate stage name "${name}" (already used on line ${firstLine}): stage ` +
        'names should be unique, so rename one and update its `--from` references.',
    }));
  },
};
