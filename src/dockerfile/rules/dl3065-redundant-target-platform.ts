/**
 * Analyse stage, Dockerfile engine: DL3065 (hadolint) reports `FROM --platform=$TARGETPLATFORM`,
 * which asks for what the builder does anyway.
 */
import type { Rule, RuleText } from '../rule.ts';
import { fromLines } from '../rules-shared/from-lines.ts';

export const text: RuleText = {
  title: 'FROM --platform=$TARGETPLATFORM is redundant',
  description: '`FROM --platform=$TARGETPLATFORM` repeats the default.',
  rationale: 'A stage is built for the target platform unless told otherwise; the flag adds ' +
    'noise and suggests, wrongly, that the stage differs from the others.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3065',
  examples: {
    bad: 'FROM --platform=$TARGETPLATFORM debian:12.5\n',
    good: 'FROM debian:12.5\n',
  },
};

export const rule: Rule = {
  id: 'DL3065',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return model.stages
      .filter((s) => s.platform === '$TARGETPLATFORM' || s.platform === '${TARGETPLATFORM}')
      .map((s) => ({ ...fromLines(s),
        message: `\`--platform=${s.platform}\` is the default: remove it` }));
  },
};
