/**
 * Analyse stage, Dockerfile engine: SS004 notes a final stage without HEALTHCHECK, in it or in a
 * stage it is built `FROM`. `HEALTHCHECK NONE` is an explicit choice and passes. A check the base
 * image defines is invisible from the Dockerfile, so such images are still noted. The advice fits
 * the image: a probe it can run (curl is missing from slim, alpine, distroless and scratch), on
 * the port it EXPOSEs (`rules-shared/healthcheck-advice.ts`).
 */
import type { Rule, RuleText } from '../rule.ts';
import { fromLines } from '../rules-shared/from-lines.ts';
import { healthcheckAdvice } from '../rules-shared/healthcheck-advice.ts';
import { stageLineage } from '../rules-shared/stage-lineage.ts';

export const text: RuleText = {
  title: 'No HEALTHCHECK',
  description: 'The final stage has no `HEALTHCHECK`, so Docker can tell whether the container ' +
    'is running but not whether the app inside it is working.',
  rationale: 'Without a health check a hung or deadlocked app looks "up" to Docker, Compose ' +
    '`depends_on: condition: service_healthy` cannot wait for it, and nothing restarts it. A ' +
    'small `HEALTHCHECK` that hits a health endpoint turns "running" into "serving". ' +
    'Orchestrators with their own probes (Kubernetes) can use `HEALTHCHECK NONE` to say so.',
  upstreamUrl: undefined,
  examples: {
    bad: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py .\nEXPOSE 8000\n' +
      'CMD ["python", "app.py"]\n',
    good: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py .\nEXPOSE 8000\n' +
      'HEALTHCHECK --interval=30s --timeout=3s CMD ["python", "-c", ' +
      '"import urllib.request; urllib.request.urlopen(\'http://localhost:8000/health\')"]\n' +
      'CMD ["python", "app.py"]\n',
  },
};

export const rule: Rule = {
  id: 'SS004',
  source: 'shipshape',
  severity: 'info',
  sameAs: [],
  scope: 'file',
  check({ model }) {
    const final = model.stages[model.stages.length - 1];
    if (!final) return [];
    // A HEALTHCHECK in a stage it is built `FROM` carries over.
    const declared = stageLineage(model, final).some((stage) => stage.instructions.some(
      (instruction) => instruction.keyword === 'HEALTHCHECK'));
    if (declared) return [];
    const name = final.name === undefined ? `\`FROM ${final.image}\`` : `\`${final.name}\``;
    const advice = healthcheckAdvice(model, stageLineage(model, final));
    const what = advice.instruction === undefined ? advice.reason
      : `add \`${advice.instruction}\` (${advice.reason})`;
    return [{
      ...fromLines(final),
      message: `The final stage ${name} (line ${final.line}) has no HEALTHCHECK: ${what}; or ` +
        'write `HEALTHCHECK NONE` if the orchestrator checks health itself.',
    }];
  },
};
