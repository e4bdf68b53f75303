/**
 * Analyse stage, Dockerfile engine: DL3063 (hadolint) reports a stage named `scratch` or
 * `context`, names the builder gives another meaning.
 */
import type { Rule, RuleText } from '../rule.ts';
import { fromLines } from '../rules-shared/from-lines.ts';

const RESERVED = new Set(['scratch', 'context']);

export const text: RuleText = {
  title: 'Stage name should not be a reserved word',
  description: 'A stage is named `scratch` or `context`.',
  rationale: '`FROM scratch` means the empty image and `context` names the build context in ' +
    '`--from`; a stage with one of those names is never the one a later FROM or COPY reaches.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3063',
  examples: {
    bad: 'FROM debian:12.5 AS context\nRUN mkdir -p /srv/data\n',
    good: 'FROM debian:12.5 AS base\nRUN mkdir -p /srv/data\n',
  },
};

export const rule: Rule = {
  id: 'DL3063',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return model.stages.filter((s) => s.name !== undefined && RESERVED.has(s.name))
      .map((s) => ({ ...fromLines(s),
        message: `stage name \`${s.name}\` is reserved: choose another name` }));
  },
};
