/**
 * Analyse stage, Dockerfile engine: SS003 reports a COPY or ADD of the whole build context (`.`
 * as a source) when we know there is no `.dockerignore` beside the Dockerfile. When the folder is
 * unknown (a snippet in a write-up), nothing is reported.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { copiesWholeContext } from '../rules-shared/whole-context-copy.ts';

export const text: RuleText = {
  title: 'COPY . without .dockerignore',
  description: 'The Dockerfile copies the whole build context (`COPY . .`) and there is no ' +
    '`.dockerignore` next to it.',
  rationale: 'Without a `.dockerignore`, `COPY .` puts everything in the folder into the ' +
    'image: `.git`, local `.env` files with credentials, `node_modules` or virtualenvs built ' +
    'for another OS, and build output. That bloats the image, leaks secrets, and busts the ' +
    'layer cache on every unrelated change.',
  upstreamUrl: undefined,
  examples: {
    bad: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
    good: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py ./\nCOPY src/ ./src/\n' +
      'CMD ["python", "app.py"]\n',
  },
};

export const rule: Rule = {
  id: 'SS003',
  source: 'shipshape',
  severity: 'warning',
  sameAs: [],
  scope: 'file',
  check({ model, hasDockerignore }) {
    if (hasDockerignore !== false) return [];
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      if (!copiesWholeContext(instruction)) continue;
      const written = `${instruction.keyword} ${instruction.args.join(' ')}`;
      hits.push({
        line: instruction.line,
        endLine: instruction.endLine,
        message: `\`${written}\` copies the whole build context and there is no ` +
          '`.dockerignore`: add one that excludes `.git`, `.env*`, dependency folders and build ' +
          'output.',
      });
    }
    return hits;
  },
};
