/**
 * Analyse stage, Dockerfile engine: DL3057 (hadolint) reports a stage without HEALTHCHECK (on its
 * FROM line), unless it is built on a stage that has one. Off by default, as in hadolint (its
 * severity there is "ignore"): shipshape's SS004 says the same with advice for the image at hand.
 */
import type { Rule, RuleText } from '../rule.ts';
import { fromLines } from '../rules-shared/from-lines.ts';

export const text: RuleText = {
  title: 'HEALTHCHECK instruction missing',
  description: 'A stage has no HEALTHCHECK and is not built on a stage that has one. Off ' +
    'unless a configuration turns it on (hadolint\'s default too).',
  rationale: 'Without a health check Docker only knows whether the process runs, not whether ' +
    'it answers; orchestrators then route traffic to a container that is stuck.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3057',
  examples: {
    bad: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n',
    good: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n' +
      'HEALTHCHECK CMD ["wget", "-q", "--spider", "http://localhost:80/"]\n',
  },
};

export const rule: Rule = {
  id: 'DL3057',
  source: 'hadolint',
  severity: 'info',
  defaultOff: true,
  // Not merged with SS004 (same problem, final stage only): SS004's advice fits the image.
  sameAs: [],
  scope: 'any',
  check({ model }) {
    // As in hadolint: a stage is fine when built on a fine stage, and a HEALTHCHECK makes its
    // stage fine along with the stages it is built on (whose image it completes).
    const good = new Set<number>();
    const nameOf = (index: number): string => {
      const stage = model.stages[index];
      return stage?.name ?? stage?.ref.name ?? '';
    };
    const goodNames = new Set<string>();
    for (const stage of model.stages) {
      if (goodNames.has(stage.ref.name)) {
        good.add(stage.index);
        goodNames.add(nameOf(stage.index));
      }
      if (!stage.instructions.some((i) => i.keyword === 'HEALTHCHECK')) continue;
      good.add(stage.index);
      goodNames.add(nameOf(stage.index));
      let source = stage.ref.name;
      for (let guard = 0; guard < model.stages.length; guard++) {
        const parent = model.stages.find((s) => s.index < stage.index && !good.has(s.index) &&
          nameOf(s.index) === source);
        if (!parent) break;
        good.add(parent.index);
        goodNames.add(nameOf(parent.index));
        source = parent.ref.name;
      }
    }
    return model.stages.filter((s) => !good.has(s.index))
      .map((s) => ({ ...fromLines(s), message: 'no HEALTHCHECK in this stage' }));
  },
};
