/**
 * Analyse stage, Dockerfile engine: DL3058 (hadolint) reports a label that the configuration's
 * `label-schema` types as `email` whose value is not an email address. Silent without such a
 * label in the schema.
 */
import type { Rule, RuleText } from '../rule.ts';
import { badLabelValues, EXAMPLE_SCHEMA } from '../rules-shared/label-schema.ts';

/** A practical RFC 5322 address: local part, @, a domain with a dot-separated name. */
const EMAIL = new RegExp("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@" +
  '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$');

export const text: RuleText = {
  title: 'Label is not an email address',
  description: 'A LABEL typed `email` in the configuration\'s `label-schema` is not an email ' +
    'address.',
  rationale: 'A contact label is read by people and tools alike; a value that is not an ' +
    'address (RFC 5322) cannot be written to.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3058',
  examples: {
    bad: 'FROM debian:12.5\nLABEL org.opencontainers.image.authors="Ada Lovelace"\n',
    good: 'FROM debian:12.5\nLABEL org.opencontainers.image.authors="ada@example.com"\n',
    config: { labelSchema: EXAMPLE_SCHEMA },
  },
};

export const rule: Rule = {
  id: 'DL3058',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model, config }) {
    return badLabelValues(model, config, 'email', (value) => EMAIL.test(value),
      (label, value) => `label \`${label}\` = "${value}" is not an email address`);
  },
};
