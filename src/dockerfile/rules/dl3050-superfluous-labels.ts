/**
 * Analyse stage, Dockerfile engine: DL3050 (hadolint) reports, when the configuration sets
 * `strict-labels`, a LABEL whose key is not in the `label-schema`.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { labelInstructions, labelPairs } from '../rules-shared/label-pairs.ts';
import { EXAMPLE_SCHEMA, schemaLabels } from '../rules-shared/label-schema.ts';

export const text: RuleText = {
  title: 'Superfluous labels',
  description: 'With `strict-labels` on, a LABEL sets a key the `label-schema` does not list.',
  rationale: 'A strict schema keeps every image\'s labels to the agreed set, so tools and ' +
    'people find the same keys everywhere; an extra key is often a misspelt required one.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3050',
  examples: {
    bad: 'FROM debian:12.5\nLABEL org.opencontainers.image.title="app" team="web"\n',
    good: 'FROM debian:12.5\nLABEL org.opencontainers.image.title="app"\n',
    config: { labelSchema: EXAMPLE_SCHEMA, strictLabels: true },
  },
};

export const rule: Rule = {
  id: 'DL3050',
  source: 'hadolint',
  severity: 'info',
  sameAs: [],
  scope: 'any',
  check({ model, config }) {
    if (config?.strictLabels !== true) return [];
    const known = new Set(schemaLabels(config));
    const hits: RuleHit[] = [];
    for (const instruction of labelInstructions(model)) {
      const extra = labelPairs(instruction).filter(({ key }) => !known.has(key));
      if (extra.length > 0) hits.push({ line: instruction.line, endLine: instruction.endLine,
        message: `label ${extra.map(({ key }) => `\`${key}\``).join(', ')} is not in the ` +
          'label schema' });
    }
    return hits;
  },
};
