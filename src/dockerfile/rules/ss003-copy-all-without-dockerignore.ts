/**
 * Analyse stage, Dockerfile engine: SS003 reports a COPY or ADD of the whole build context (`.`
 * as a source) when we know there is no `.dockerignore` beside the Dockerfile. When the folder is
 * unknown (a snippet in a write-up), nothing is reported.
 */
import type { Instruction } from '../model.ts';
import type { Rule, RuleHit } from '../rule.ts';

const WHOLE_CONTEXT = new Set(['.', './']);

/** Sources, without the destination, heredocs, or a `--from` stage (not the build context). */
function copiesWholeContext(instruction: Instruction): boolean {
  if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') return false;
  if (instruction.flags.some((flag) => flag.name === 'from')) return false;
  return instruction.args.slice(0, -1).some((source) => WHOLE_CONTEXT.has(source));
}

export const rule: Rule = {
  id: 'SS003',
  source: 'shipshape',
  severity: 'warning',
  title: 'COPY . without .dockerignore',
  description: 'The Dockerfile copies the whole build context (`COPY . .`) and there is no ' +
    '`.dockerignore` next to it.',
  rationale: 'Without a `.dockerignore`, `COPY .` puts everything in the folder into the ' +
    'image: `.git`, local `.env` files with credentials, `node_modules` or virtualenvs built ' +
    'for another OS, and build output. That bloats the image, leaks secrets, and busts the ' +
    'layer cache on every unrelated change.',
  upstreamUrl: undefined,
  sameAs: [],
  scope: 'file',
  examples: {
    bad: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
    good: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py ./\nCOPY src/ ./src/\n' +
      'CMD ["python", "app.py"]\n',
  },
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
