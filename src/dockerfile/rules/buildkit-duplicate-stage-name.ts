/**
 * Analyse stage, Dockerfile engine: BuildKit's DuplicateStageName check. Reports a stage whose
 * `AS` name an earlier stage already uses; names compare case-insensitively, as BuildKit
 * lowercases them.
 */
import type { Rule, RuleHit } from '../rule.ts';

export const rule: Rule = {
  id: 'DuplicateStageName',
  source: 'buildkit',
  severity: 'warning',
  title: 'Stage names must be unique',
  description: 'Two build stages in one Dockerfile should not share a name (`FROM … AS build` ' +
    'twice), whatever the letter case.',
  rationale: 'References to a duplicated name resolve to whichever stage comes last before ' +
    'them, so `COPY --from=build` or `--target build` can quietly pick a different stage than ' +
    'the author meant. Unique names make every reference unambiguous.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/duplicate-stage-name/',
  sameAs: ['DL3024'],
  scope: 'any',
  examples: {
    bad: 'FROM node:22 AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\n\n' +
      'FROM node:22 AS build\nWORKDIR /app\nCOPY --from=build /app/node_modules ./node_modules\n' +
      'COPY . .\nRUN npm run build\n',
    good: 'FROM node:22 AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\n\n' +
      'FROM node:22 AS build\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\n' +
      'COPY . .\nRUN npm run build\n',
  },
  check({ model }) {
    const hits: RuleHit[] = [];
    const seen = new Map<string, number>();
    for (const stage of model.stages) {
      if (stage.name === undefined) continue;
      const key = stage.name.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, stage.line);
        continue;
      }
      hits.push({
        line: stage.line,
        endLine: stage.instructions[0]?.endLine ?? stage.line,
        message: `Duplicate stage name "${stage.name}" (already used on line ${first}): stage ` +
          'names should be unique, so rename one and update its `--from` references.',
      });
    }
    return hits;
  },
};
