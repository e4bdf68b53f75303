/**
 * Analyse stage, Dockerfile engine: DL3056 (hadolint) reports a label that the configuration's
 * `label-schema` types as `semver` whose value does not follow semantic versioning. Silent
 * without such a label in the schema.
 */
import type { Rule, RuleText } from '../rule.ts';
import { badLabelValues, EXAMPLE_SCHEMA } from '../rules-shared/label-schema.ts';

/** semver.org's pattern, without a leading `v`. */
const SEMVER = new RegExp('^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)' +
  '(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)' +
  '(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?' +
  '(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$');

export const text: RuleText = {
  title: 'Label is not a semantic version',
  description: 'A LABEL typed `semver` in the configuration\'s `label-schema` does not follow ' +
    'semantic versioning.',
  rationale: 'Tools compare versions; a value that is not a semantic version (`1.4.0`, ' +
    '`2.0.1-rc1`) cannot be ordered.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3056',
  examples: {
    bad: 'FROM debian:12.5\nLABEL org.opencontainers.image.version="v1.4"\n',
    good: 'FROM debian:12.5\nLABEL org.opencontainers.image.version="1.4.0"\n',
    config: { labelSchema: EXAMPLE_SCHEMA },
  },
};

export const rule: Rule = {
  id: 'DL3056',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model, config }) {
    return badLabelValues(model, config, 'semver', (value) => SEMVER.test(value),
      (label, value) => `label \`${label}\` = "${value}" does not follow semantic versioning`);
  },
};
