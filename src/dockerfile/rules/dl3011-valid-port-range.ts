/**
 * Analyse stage, Dockerfile engine: DL3011 reports an EXPOSE port (or port range) above 65535.
 * Ports given by a variable (`$PORT`) are only known at build time and are left alone.
 */
import type { Rule, RuleText } from '../rule.ts';

const PORT_SPEC = /^(\d+)(?:-(\d+))?(?:\/[A-Za-z]+)?$/;
const MAX_PORT = 65535;

function outOfRange(spec: string): boolean {
  const match = PORT_SPEC.exec(spec);
  if (!match) return false;
  const [, low = '0', high = '0'] = match;
  return Number(low) > MAX_PORT || Number(high) > MAX_PORT;
}

export const text: RuleText = {
  title: 'Valid UNIX ports range from 0 to 65535',
  description: 'An EXPOSE names a port outside 0–65535, which no TCP or UDP socket can use.',
  rationale: 'Port numbers are 16-bit, so a larger number is always a typo (often an extra ' +
    'digit). EXPOSE documents which port the image listens on, and tools that read the image ' +
    'metadata to publish or probe ports fail or publish the wrong one.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3011',
  examples: {
    bad: 'FROM nginx:1.27-alpine\nEXPOSE 80800\n',
    good: 'FROM nginx:1.27-alpine\nEXPOSE 8080\n',
  },
};

export const rule: Rule = {
  id: 'DL3011',
  source: 'hadolint',
  severity: 'error',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return model.instructions
      .filter((instruction) => instruction.keyword === 'EXPOSE')
      .flatMap((instruction) => {
        const bad = instruction.args.filter(outOfRange);
        if (bad.length === 0) return [];
        const names = bad.map((spec) => `\`${spec}\``).join(', ');
        return [{
          line: instruction.line,
          endLine: instruction.endLine,
          message: `EXPOSE ${names}: valid ports range from 0 to ${MAX_PORT}`,
        }];
      });
  },
};
