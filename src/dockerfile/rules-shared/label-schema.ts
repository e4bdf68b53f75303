/**
 * Analyse stage, Dockerfile engine, shared by rules: the configured label schema (hadolint's
 * `label-schema`: label name → `text`, `url`, `spdx`, `hash`, `rfc3339`, `semver`, `email`) and
 * the check the typed label rules (DL3051–DL3058) share: a schema label whose value is not of
 * its type is reported, once per LABEL instruction.
 */
import type { DockerfileModel } from '../model.ts';
import type { RuleConfig, RuleHit } from '../rule.ts';
import { labelInstructions, labelPairs } from './label-pairs.ts';

/** The names of the schema's labels of `type` (every label when `type` is undefined). */
export function schemaLabels(config: RuleConfig | undefined, type?: string): string[] {
  return Object.entries(config?.labelSchema ?? {})
    .filter(([, t]) => type === undefined || t === type)
    .map(([name]) => name);
}

export function badLabelValues(model: DockerfileModel, config: RuleConfig | undefined,
  type: string | undefined, valid: (value: string) => boolean,
  message: (label: string, value: string) => string): RuleHit[] {
  const names = new Set(schemaLabels(config, type));
  if (names.size === 0) return [];
  const hits: RuleHit[] = [];
  for (const instruction of labelInstructions(model)) {
    const bad = labelPairs(instruction).find(({ key, value }) => names.has(key) && !valid(value));
    if (bad) hits.push({ line: instruction.line, endLine: instruction.endLine,
      message: message(bad.key, bad.value) });
  }
  return hits;
}

/** The example configuration the label rules' pages run with. */
export const EXAMPLE_SCHEMA: Record<string, string> = {
  'org.opencontainers.image.authors': 'email',
  'org.opencontainers.image.created': 'rfc3339',
  'org.opencontainers.image.licenses': 'spdx',
  'org.opencontainers.image.revision': 'hash',
  'org.opencontainers.image.source': 'url',
  'org.opencontainers.image.title': 'text',
  'org.opencontainers.image.version': 'semver',
};
