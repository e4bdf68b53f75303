/**
 * Analyse stage, Dockerfile engine: DL3053 (hadolint) reports a label that the configuration's
 * `label-schema` types as `rfc3339` whose value is not an RFC 3339 date and time. Silent without
 * such a label in the schema.
 */
import type { Rule, RuleText } from '../rule.ts';
import { badLabelValues, EXAMPLE_SCHEMA } from '../rules-shared/label-schema.ts';

const RFC3339 =
  /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

export const text: RuleText = {
  title: 'Label is not an RFC 3339 time',
  description: 'A LABEL typed `rfc3339` in the configuration\'s `label-schema` is not an RFC ' +
    '3339 date and time.',
  rationale: 'Tools sort and compare build times; only a full RFC 3339 timestamp ' +
    '(`2026-01-15T10:00:00Z`) reads the same everywhere.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3053',
  examples: {
    bad: 'FROM debian:12.5\nLABEL org.opencontainers.image.created="15 Jan 2026"\n',
    good: 'FROM debian:12.5\nLABEL org.opencontainers.image.created="2026-01-15T10:00:00Z"\n',
    config: { labelSchema: EXAMPLE_SCHEMA },
  },
};

export const rule: Rule = {
  id: 'DL3053',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model, config }) {
    return badLabelValues(model, config, 'rfc3339', (value) => RFC3339.test(value),
      (label, value) => `label \`${label}\` = "${value}" is not an RFC 3339 date and time`);
  },
};
