/**
 * Analyse stage, Dockerfile engine: DL4003 (hadolint) reports every CMD after the first in the
 * same stage; only the last one takes effect.
 */
import type { Rule, RuleText } from '../rule.ts';
import { laterRepeats } from '../rules-shared/later-repeats.ts';

export const text: RuleText = {
  title: 'Multiple CMD instructions',
  description: 'A stage should have at most one CMD; when there are several, only the last ' +
    'one is used.',
  rationale: 'The image keeps a single default command, so every CMD but the last is dead ' +
    'text that misleads whoever reads the Dockerfile about how the container starts. Keeping ' +
    'one CMD per stage makes the start-up command unambiguous.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL4003',
  examples: {
    bad: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py /app/\n' +
      'CMD ["python", "--version"]\nCMD ["python", "app.py"]\n',
    good: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py /app/\nCMD ["python", "app.py"]\n',
  },
};

export const rule: Rule = {
  id: 'DL4003',
  source: 'hadolint',
  severity: 'warning',
  sameAs: ['MultipleInstructionsDisallowed'],
  scope: 'any',
  check({ model }) {
    return laterRepeats(model, 'CMD').map(({ instruction, firstLine }) => ({
      line: instruction.line,
      endLine: instruction.endLine,
      message: `Another CMD in this stage (the first is on line ${firstLine}): ` +
        'only the last CMD takes effect, keep just one',
    }));
  },
};
