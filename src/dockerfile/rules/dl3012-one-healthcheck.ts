/**
 * Analyse stage, Dockerfile engine: DL3012 reports a second (or later) HEALTHCHECK in one stage.
 * Only the last one takes effect, so the earlier ones are dead code that misleads the reader.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';

export const text: RuleText = {
  title: 'Multiple HEALTHCHECK instructions',
  description: 'A stage has more than one HEALTHCHECK instruction; only the last one applies.',
  rationale: 'An image carries a single health check, so each HEALTHCHECK silently replaces the ' +
    'one before. Someone reading the first one believes the container is probed that way; ' +
    'keeping exactly one per stage makes the check that runs the check you read.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3012',
  examples: {
    bad: 'FROM nginx:1.27-alpine\n' +
      'HEALTHCHECK CMD wget -q -O /dev/null http://localhost/ || exit 1\n' +
      'HEALTHCHECK --interval=10s CMD wget -q -O /dev/null http://localhost/ || exit 1\n',
    good: 'FROM nginx:1.27-alpine\n' +
      'HEALTHCHECK --interval=10s CMD wget -q -O /dev/null http://localhost/ || exit 1\n',
  },
};

export const rule: Rule = {
  id: 'DL3012',
  source: 'hadolint',
  severity: 'error',
  sameAs: ['MultipleInstructionsDisallowed'],
  scope: 'any',
  check({ model }) {
    const firstInStage = new Map<number, number>();
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'HEALTHCHECK') continue;
      const first = firstInStage.get(instruction.stage);
      if (first === undefined) {
        firstInStage.set(instruction.stage, instruction.line);
        continue;
      }
      hits.push({
        line: instruction.line,
        endLine: instruction.endLine,
        message: `another \`HEALTHCHECK\` in this stage (the first is on line ${first}): only ` +
          'the last one takes effect, keep one',
      });
    }
    return hits;
  },
};
