/**
 * Analyse stage, Dockerfile engine: DL3055 (hadolint) reports a label that the configuration's
 * `label-schema` types as `hash` whose value is not a git hash. Silent without such a label in
 * the schema.
 */
import type { Rule, RuleText } from '../rule.ts';
import { badLabelValues, EXAMPLE_SCHEMA } from '../rules-shared/label-schema.ts';

export const text: RuleText = {
  title: 'Label is not a git hash',
  description: 'A LABEL typed `hash` in the configuration\'s `label-schema` is not a git hash.',
  rationale: 'A revision label ties the image to a commit; only a full (40) or short (7) ' +
    'lower-case hexadecimal hash names one.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3055',
  examples: {
    bad: 'FROM debian:12.5\nLABEL org.opencontainers.image.revision="main"\n',
    good: 'FROM debian:12.5\nLABEL org.opencontainers.image.revision="4f2c1a9"\n',
    config: { labelSchema: EXAMPLE_SCHEMA },
  },
};

export const rule: Rule = {
  id: 'DL3055',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model, config }) {
    return badLabelValues(model, config, 'hash',
      (value) => /^[0-9a-f]{7}$|^[0-9a-f]{40}$/.test(value),
      (label, value) => `label \`${label}\` = "${value}" is not a git hash`);
  },
};
