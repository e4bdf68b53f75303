/**
 * Analyse stage, Dockerfile engine: DL3057 (hadolint) reports a stage without HEALTHCHECK (on its
 * FROM line), unless it is built on a stage that has one. Off by default, as in hadolint (its
 * severity there is "ignore"): shipshape's SS004 says the same with advice for the image at hand.
 */
import type { Rule, RuleHit } from '../rule.ts';
import { fromLines } from '../rules-shared/from-lines.ts';

export const rule: Rule = {
  id: 'DL3057',
  source: 'hadolint',
  severity: 'info',
  defaultOff: true,
  title: 'HEALTHCHECK instruction missing',
  description: 'A stage has no HEALTHCHECK and is not built on a stage that has one. Off ' +
    'unless a configuration turns it on (hadolint\'s default too).',
  rationale: 'Without a health check Docker only knows whether the process runs, not whether ' +
    'it answers; orchestrators then route traffic to a container that is stuck.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3057',
  sameAs: ['SS004'],
  scope: 'any',
  examples: {
    bad: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n',
    good: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n' +
      'HEALTHCHECK CMD wget -q --spider http://localhost:80/ || exit 1\n',
  },
  check({ model }) {
    const good = new Set<string>();
    const bad = new Map<string, number[]>();
    const hits: RuleHit[] = [];
    const badIndexes = new Set<number>();
    for (const stage of model.stages) {
      const name = stage.name ?? stage.ref.name;
      const source = stage.ref.name;
      if (good.has(source)) good.add(name);
      else {
        badIndexes.add(stage.index);
        bad.set(name, [...(bad.get(name) ?? []), stage.index]);
      }
      if (stage.instructions.some((i) => i.keyword === 'HEALTHCHECK')) {
        // This stage and every stage built on it (recursively) are fine.
        const queue = [stage.index];
        good.add(name);
        while (queue.length > 0) {
          const index = queue.pop() ?? 0;
          badIndexes.delete(index);
          const done = model.stages[index];
          const doneName = done?.name ?? done?.ref.name;
          for (const s of model.stages) {
            if (badIndexes.has(s.index) && s.ref.name === doneName && s.index !== index) {
              queue.push(s.index);
            }
          }
        }
      }
    }
    for (const index of badIndexes) {
      const stage = model.stages[index];
      if (stage) hits.push({ ...fromLines(stage), message: 'no HEALTHCHECK in this stage' });
    }
    return hits;
  },
};
