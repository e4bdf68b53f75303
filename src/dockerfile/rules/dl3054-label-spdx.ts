/**
 * Analyse stage, Dockerfile engine: DL3054 (hadolint) reports a label that the configuration's
 * `label-schema` types as `spdx` whose value is not an SPDX license identifier. Silent without
 * such a label in the schema.
 */
import type { Rule, RuleText } from '../rule.ts';
import { badLabelValues, EXAMPLE_SCHEMA } from '../rules-shared/label-schema.ts';
import { SPDX_IDS } from '../rules-shared/spdx-ids.ts';

export const text: RuleText = {
  title: 'Label is not an SPDX identifier',
  description: 'A LABEL typed `spdx` in the configuration\'s `label-schema` is not an SPDX ' +
    'license identifier. shipshape knows about 90 common identifiers, hadolint the whole SPDX ' +
    'list: a rarer valid identifier is reported here and not by hadolint.',
  rationale: 'Licence scanners read the licence label; only an SPDX identifier (`MIT`, ' +
    '`Apache-2.0`) is understood without guessing.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3054',
  examples: {
    bad: 'FROM debian:12.5\nLABEL org.opencontainers.image.licenses="Apache License"\n',
    good: 'FROM debian:12.5\nLABEL org.opencontainers.image.licenses="Apache-2.0"\n',
    config: { labelSchema: EXAMPLE_SCHEMA },
  },
};

export const rule: Rule = {
  id: 'DL3054',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model, config }) {
    return badLabelValues(model, config, 'spdx', (value) => SPDX_IDS.has(value),
      (label, value) => `label \`${label}\` = "${value}" is not an SPDX license identifier`);
  },
};
