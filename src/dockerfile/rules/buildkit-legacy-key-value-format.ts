/**
 * Analyse stage, Dockerfile engine: BuildKit's LegacyKeyValueFormat check. Reports `ENV key value`
 * and `LABEL key value`, the space-separated form. ARG is not checked: BuildKit reads
 * `ARG a b` as two ARGs, never as a key and a value.
 */
import type { Instruction } from '../model.ts';
import type { Rule, RuleHit, RuleText } from '../rule.ts';

function quoted(value: string): string {
  return value === '' || /[\s"'\\$]/.test(value) ? JSON.stringify(value) : value;
}

/** The legacy form's whole remainder is the value, so one `key=value` pair replaces it. */
function fixed(instruction: Instruction): string {
  const [name = '', ...rest] = instruction.args;
  return `${instruction.keyword} ${name}=${quoted(rest.join(' '))}`;
}

export const text: RuleText = {
  title: 'Use key=value in ENV and LABEL',
  description: '`ENV` and `LABEL` should separate key and value with `=` (`ENV APP_HOME=/app`), ' +
    'not with a space (`ENV APP_HOME /app`).',
  rationale: 'The space-separated form is deprecated and can only set one variable per line, ' +
    'taking everything after the name as the value, spaces and all. The `key=value` form is ' +
    'unambiguous, allows several pairs per instruction and quotes values the usual way.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/legacy-key-value-format/',
  examples: {
    bad: 'FROM python:3.13-slim\nENV PYTHONUNBUFFERED 1\nWORKDIR /app\nCOPY app.py .\n' +
      'CMD ["python", "app.py"]\n',
    good: 'FROM python:3.13-slim\nENV PYTHONUNBUFFERED=1\nWORKDIR /app\nCOPY app.py .\n' +
      'CMD ["python", "app.py"]\n',
  },
};

export const rule: Rule = {
  id: 'LegacyKeyValueFormat',
  source: 'buildkit',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      const { keyword, args } = instruction;
      if (keyword !== 'ENV' && keyword !== 'LABEL') continue;
      // A lone word without `=` is a syntax error, not the legacy form.
      if (args.length < 2 || (args[0] ?? '').includes('=')) continue;
      hits.push({
        line: instruction.line,
        endLine: instruction.endLine,
        message: `"${keyword} key=value" should be used instead of legacy "${keyword} key value" ` +
          `format: write \`${fixed(instruction)}\`.`,
      });
    }
    return hits;
  },
};
