/**
 * Analyse stage, Dockerfile engine: BuildKit's MultipleInstructionsDisallowed check. Reports a
 * CMD, ENTRYPOINT or HEALTHCHECK that a later one of the same kind in the same stage overrides.
 * Like BuildKit, it points at the earlier instruction: that is the one with no effect.
 */
import type { Instruction } from '../model.ts';
import type { Rule, RuleHit, RuleText } from '../rule.ts';

const ONCE = new Set(['CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

export const text: RuleText = {
  title: 'One CMD, ENTRYPOINT and HEALTHCHECK per stage',
  description: 'A stage should have at most one `CMD`, one `ENTRYPOINT` and one `HEALTHCHECK`; ' +
    'only the last of each takes effect.',
  rationale: 'The image keeps a single command, entrypoint and health check, so earlier ones ' +
    'are silently discarded. A reader who trusts the first `CMD` is misled about what the ' +
    'container runs; removing the dead one keeps the file honest.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/multiple-instructions-disallowed/',
  examples: {
    bad: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py .\nCMD ["python", "app.py"]\n' +
      'CMD ["python", "app.py", "--debug"]\n',
    good: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py .\nCMD ["python", "app.py"]\n',
  },
};

export const rule: Rule = {
  id: 'MultipleInstructionsDisallowed',
  source: 'buildkit',
  severity: 'warning',
  sameAs: ['DL4003', 'DL4004'],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    // Keyed by stage too: each stage makes its own image config.
    const last = new Map<string, Instruction>();
    for (const instruction of model.instructions) {
      if (!ONCE.has(instruction.keyword)) continue;
      const key = `${instruction.stage}:${instruction.keyword}`;
      const previous = last.get(key);
      last.set(key, instruction);
      if (!previous) continue;
      hits.push({
        line: previous.line,
        endLine: previous.endLine,
        message: `Multiple ${instruction.keyword} instructions should not be used in the same ` +
          `stage because only the last one will be used: this one is overridden on line ` +
          `${instruction.line}, so remove it.`,
      });
    }
    return hits;
  },
};
