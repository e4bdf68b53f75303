/**
 * Analyse stage, Dockerfile engine: DL3049 (hadolint) reports a stage that lacks a label of the
 * configured `label-schema`, on its FROM line, once per missing label. As in hadolint, a stage
 * built on a stage that has the label inherits it, and a stage without it is excused when a
 * later stage copies from it (it is a build stage, not an image). Silent without a schema.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { fromLines } from '../rules-shared/from-lines.ts';
import { labelPairs } from '../rules-shared/label-pairs.ts';
import { EXAMPLE_SCHEMA, schemaLabels } from '../rules-shared/label-schema.ts';
import { unquote } from '../rules-shared/unquote.ts';

export const text: RuleText = {
  title: 'Label is missing',
  description: 'A stage has no LABEL for a label that the configuration\'s `label-schema` ' +
    'requires. Silent when no schema is configured.',
  rationale: 'Teams that require labels (source, version, authors, licence) rely on them to ' +
    'trace an image back to its code and owners; an image without them cannot be traced.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3049',
  examples: {
    bad: 'FROM debian:12.5\nLABEL org.opencontainers.image.title="app"\n',
    // A literal, not built from a shared constant: a bundle of the checks alone drops it.
    good: 'FROM debian:12.5\n' +
      'LABEL org.opencontainers.image.authors="ada@example.com" \\\n' +
      '  org.opencontainers.image.created="2026-01-15T10:00:00Z" \\\n' +
      '  org.opencontainers.image.licenses="MIT" \\\n' +
      '  org.opencontainers.image.revision="4f2c1a9" \\\n' +
      '  org.opencontainers.image.source="https://example.com/app.git" \\\n' +
      '  org.opencontainers.image.title="app" \\\n' +
      '  org.opencontainers.image.version="1.4.0"\n',
    config: { labelSchema: EXAMPLE_SCHEMA },
  },
};

export const rule: Rule = {
  id: 'DL3049',
  source: 'hadolint',
  severity: 'info',
  sameAs: [],
  scope: 'any',
  check({ model, config }) {
    const hits: RuleHit[] = [];
    for (const label of schemaLabels(config)) {
      // Stage indexes: those with the label (or inheriting it), those reported.
      const good = new Set<number>();
      const bad = new Set<number>();
      for (const stage of model.stages) {
        const parent = model.stages.find((s) => good.has(s.index) && s.name === stage.image);
        (parent ? good : bad).add(stage.index);
        for (const instruction of stage.instructions) {
          const from = instruction.flags.find((flag) => flag.name === 'from')?.value;
          if (instruction.keyword === 'COPY' && from !== undefined) {
            for (const s of model.stages) {
              if (bad.has(s.index) && s.name === unquote(from)) bad.delete(s.index);
            }
          }
          if (instruction.keyword === 'LABEL' &&
            labelPairs(instruction).some(({ key }) => key === label)) {
            const current = stage.name ?? stage.image;
            for (const s of model.stages) {
              if (bad.has(s.index) && s.name === current) bad.delete(s.index);
            }
            good.add(stage.index);
            bad.delete(stage.index);
          }
        }
      }
      for (const index of bad) {
        const stage = model.stages[index];
        if (stage) hits.push({ ...fromLines(stage), message: `label \`${label}\` is missing` });
      }
    }
    return hits.sort((a, b) => a.line - b.line);
  },
};
