/**
 * Outputs stage, command line: the three places `shipshape lint` takes settings from — the
 * environment (`environment.ts`), a hadolint configuration file (`lint-settings.ts`) and the
 * command line (`options.ts`) — each read into one `SettingsLayer`, and how they combine. As
 * hadolint (`app/Main.hs`: `fromEnvironment <> fromConfigfile <> fromCommandline`, with the
 * `Semigroup PartialConfiguration` of `src/Hadolint/Config/Configuration.hs` at 8f936c5): a
 * yes/no setting and the failure threshold come from the last place that says anything, so the
 * command line beats the file and the file beats the environment; lists (ignored rules, severity
 * overrides, trusted registries, formats) are joined in that order; a label named in two places
 * keeps the type of the first (hadolint's `Map` union keeps the left one).
 */
import type { FailureThreshold, LabelType, OutputFormat } from
  '../dockerfile/suppress/config-schema.ts';
import type { Severity } from '../dockerfile/rule.ts';

/** What one place says; a yes/no left undefined says nothing. */
export interface SettingsLayer {
  /** Rules not reported, each with where that was said (`HADOLINT_IGNORE`, `--ignore DL3008`). */
  ignore: Array<{ rule: string; by: string }>;
  /** Rules to report at another severity (hadolint's `override`). */
  override: Partial<Record<Severity, string[]>>;
  /** Registries FROM may pull from (DL3026). */
  trustedRegistries: string[];
  /** Labels every image must carry, and their types (DL3049–DL3058). */
  labelSchema: Record<string, LabelType>;
  strictLabels?: boolean | undefined;
  disableIgnorePragma?: boolean | undefined;
  failureThreshold?: FailureThreshold | undefined;
  noFail?: boolean | undefined;
  noColor?: boolean | undefined;
  verbose?: boolean | undefined;
  /** Output formats, written in turn. */
  formats: OutputFormat[];
}

export function emptyLayer(): SettingsLayer {
  return { ignore: [], override: {}, trustedRegistries: [], labelSchema: {}, formats: [] };
}

const SEVERITIES = ['error', 'warning', 'info', 'style'] as const;

/** The layers combined, earliest first (environment, file, command line). */
export function mergeLayers(layers: readonly SettingsLayer[]): SettingsLayer {
  const merged = emptyLayer();
  for (const layer of layers) {
    merged.ignore.push(...layer.ignore);
    for (const severity of SEVERITIES) {
      const rules = layer.override[severity];
      if (rules) merged.override[severity] = [...merged.override[severity] ?? [], ...rules];
    }
    for (const registry of layer.trustedRegistries) {
      if (!merged.trustedRegistries.includes(registry)) merged.trustedRegistries.push(registry);
    }
    merged.labelSchema = { ...layer.labelSchema, ...merged.labelSchema };
    merged.formats.push(...layer.formats);
    merged.strictLabels = layer.strictLabels ?? merged.strictLabels;
    merged.disableIgnorePragma = layer.disableIgnorePragma ?? merged.disableIgnorePragma;
    merged.failureThreshold = layer.failureThreshold ?? merged.failureThreshold;
    merged.noFail = layer.noFail ?? merged.noFail;
    merged.noColor = layer.noColor ?? merged.noColor;
    merged.verbose = layer.verbose ?? merged.verbose;
  }
  return merged;
}

/** `name:type` (hadolint's `--require-label` and `HADOLINT_REQUIRE_LABELS` items). */
export function readLabelItem(item: string): [string, LabelType] | undefined {
  const colon = item.indexOf(':');
  const name = colon < 0 ? item : item.slice(0, colon);
  // hadolint's `readEitherLabelType` reads an empty type as `text`; no colon is an empty type.
  const type = colon < 0 ? '' : item.slice(colon + 1);
  const types: readonly LabelType[] = ['email', 'hash', 'text', 'rfc3339', 'semver', 'spdx',
    'url'];
  if (type === '') return [name, 'text'];
  const found = types.find((t) => t === type);
  return found === undefined ? undefined : [name, found];
}
