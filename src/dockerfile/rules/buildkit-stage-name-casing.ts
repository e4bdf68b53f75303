/**
 * Analyse stage, Dockerfile engine: BuildKit's StageNameCasing check. Reports a stage name
 * (`FROM … AS Build`) with uppercase letters; BuildKit lowercases stage names when it reads them.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';

export const text: RuleText = {
  title: 'Lowercase stage names',
  description: 'A build stage name given with `FROM … AS name` should be all lowercase.',
  rationale: 'BuildKit stores stage names in lowercase, so `AS Build` and `--from=build` ' +
    'silently refer to the same stage while looking different. Writing them in lowercase ' +
    'everywhere keeps `COPY --from` and `--target` references matching what the builder sees.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/stage-name-casing/',
  examples: {
    bad: 'FROM node:22 AS Build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\n' +
      'RUN npm run build\n\nFROM nginx:1.27\nCOPY --from=Build /app/dist /usr/share/nginx/html\n',
    good: 'FROM node:22 AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\n' +
      'RUN npm run build\n\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n',
  },
};

export const rule: Rule = {
  id: 'StageNameCasing',
  source: 'buildkit',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'FROM' || instruction.args.length !== 3) continue;
      const [, as = '', name = ''] = instruction.args;
      if (as.toLowerCase() !== 'as' || name === name.toLowerCase()) continue;
      hits.push({
        line: instruction.line,
        endLine: instruction.endLine,
        message: `Stage name '${name}' should be lowercase: write \`AS ${name.toLowerCase()}\` ` +
          'and use the same spelling in `--from` and `--target`.',
      });
    }
    return hits;
  },
};
