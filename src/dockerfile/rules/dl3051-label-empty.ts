/**
 * Analyse stage, Dockerfile engine: DL3051 (hadolint) reports an empty value for a label of the
 * configuration's
 * `label-schema` (of any type). Silent without a schema.
 */
import type { Rule, RuleText } from '../rule.ts';
import { badLabelValues, EXAMPLE_SCHEMA } from '../rules-shared/label-schema.ts';

export const text: RuleText = {
  title: 'Label is empty',
  description: 'A label of the configuration\'s `label-schema` has an empty value.',
  rationale: 'A label the schema requires carries information tools read; an empty value ' +
    'passes a presence check while telling nothing.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3051',
  examples: {
    bad: 'FROM debian:12.5\nLABEL org.opencontainers.image.title=""\n',
    good: 'FROM debian:12.5\nLABEL org.opencontainers.image.title="app"\n',
    config: { labelSchema: EXAMPLE_SCHEMA },
  },
};

export const rule: Rule = {
  id: 'DL3051',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model, config }) {
    return badLabelValues(model, config, undefined, (value) => value !== '',
      (label, value) => `label \`${label}\` = "${value}" is empty`);
  },
};
