/**
 * Analyse stage, Dockerfile engine: DL3052 (hadolint) reports a label that the configuration's
 * `label-schema` types as `url` whose value is not a valid URL. Silent without such a label in
 * the schema.
 */
import type { Rule, RuleText } from '../rule.ts';
import { badLabelValues, EXAMPLE_SCHEMA } from '../rules-shared/label-schema.ts';

/** An absolute URI, as Haskell's `Network.URI.parseURI` requires: a scheme, then no spaces. */
const URL_PATTERN = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s"<>]*$/;

export const text: RuleText = {
  title: 'Label is not a URL',
  description: 'A LABEL typed `url` in the configuration\'s `label-schema` is not a valid URL.',
  rationale: 'Tools follow URL labels (the source repository, the documentation); a value ' +
    'that is not an absolute URL leads nowhere.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3052',
  examples: {
    bad: 'FROM debian:12.5\nLABEL org.opencontainers.image.source="github.com/example/app"\n',
    good: 'FROM debian:12.5\nLABEL ' +
      'org.opencontainers.image.source="https://github.com/example/app"\n',
    config: { labelSchema: EXAMPLE_SCHEMA },
  },
};

export const rule: Rule = {
  id: 'DL3052',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model, config }) {
    return badLabelValues(model, config, 'url', (value) => URL_PATTERN.test(value),
      (label, value) => `label \`${label}\` = "${value}" is not a valid URL`);
  },
};
