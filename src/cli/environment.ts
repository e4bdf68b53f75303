/**
 * Outputs stage, command line: the settings hadolint reads from the environment
 * (`src/Hadolint/Config/Environment.hs` at hadolint 8f936c5), with its names and readings, as one
 * `SettingsLayer` (`settings-layers.ts` says how it combines with a configuration file and the
 * command line). A yes/no variable is yes when its value is `1`, `y`, `on`, `true` or `yes` in
 * any case, and no for any other value (so `HADOLINT_NOFAIL=0` undoes nothing but says no); lists
 * are comma-separated. Where hadolint silently drops a value it cannot read (an unknown format,
 * label type or threshold), so do we, but we also say so on standard error: a CI variable with a
 * typo should not go unnoticed. `NO_COLOR` turns colour off whatever its value, the empty one
 * included: hadolint's `isSet` (its EnvironmentSpec.hs: "an environment variable set to the
 * empty string must still count as set").
 */
import { isFormatName, type FormatName } from './formats/index.ts';
import { THRESHOLDS } from './lint-settings.ts';
import { emptyLayer, readLabelItem, type SettingsLayer } from './settings-layers.ts';

/** Every variable read here, in hadolint's README order. */
export const ENVIRONMENT_VARIABLES = ['HADOLINT_NOFAIL', 'HADOLINT_VERBOSE', 'HADOLINT_FORMAT',
  'HADOLINT_FAILURE_THRESHOLD', 'HADOLINT_OVERRIDE_ERROR', 'HADOLINT_OVERRIDE_WARNING',
  'HADOLINT_OVERRIDE_INFO', 'HADOLINT_OVERRIDE_STYLE', 'HADOLINT_IGNORE', 'HADOLINT_STRICT_LABELS',
  'HADOLINT_DISABLE_IGNORE_PRAGMA', 'HADOLINT_TRUSTED_REGISTRIES',
  'HADOLINT_REQUIRE_LABELS'] as const;

type Environment = Readonly<Record<string, string | undefined>>;

export interface EnvironmentSettings {
  layer: SettingsLayer;
  /** Values that could not be read and were left out, one sentence each. */
  problems: string[];
}

const TRUTHY = new Set(['1', 'y', 'on', 'true', 'yes']);

function truthy(env: Environment, name: string): boolean | undefined {
  const value = env[name];
  return value === undefined ? undefined : TRUTHY.has(value.toLowerCase());
}

/** hadolint's `splitOn ","`, with the blanks around each item dropped; empty items left out. */
function list(env: Environment, name: string): string[] {
  return (env[name] ?? '').split(',').map((item) => item.trim()).filter((item) => item !== '');
}

export function settingsFromEnvironment(env: Environment): EnvironmentSettings {
  const layer = emptyLayer();
  const problems: string[] = [];
  const dropped = (name: string, value: string, expected: string) => problems.push(
    `${name}: \`${value}\` is not ${expected}; left out`);
  layer.noFail = truthy(env, 'HADOLINT_NOFAIL');
  // Set is yes, unset says nothing: hadolint's `isSet` never reads `NO_COLOR` as a no.
  layer.noColor = env['NO_COLOR'] === undefined ? undefined : true;
  layer.verbose = truthy(env, 'HADOLINT_VERBOSE');
  layer.strictLabels = truthy(env, 'HADOLINT_STRICT_LABELS');
  layer.disableIgnorePragma = truthy(env, 'HADOLINT_DISABLE_IGNORE_PRAGMA');
  for (const format of list(env, 'HADOLINT_FORMAT')) {
    if (isFormatName(format)) layer.formats.push(format satisfies FormatName);
    else dropped('HADOLINT_FORMAT', format, 'a format');
  }
  const threshold = env['HADOLINT_FAILURE_THRESHOLD'];
  if (threshold !== undefined) {
    layer.failureThreshold = THRESHOLDS.find((name) => name === threshold);
    if (layer.failureThreshold === undefined) {
      dropped('HADOLINT_FAILURE_THRESHOLD', threshold, `one of ${THRESHOLDS.join(', ')}`);
    }
  }
  for (const severity of ['error', 'warning', 'info', 'style'] as const) {
    const rules = list(env, `HADOLINT_OVERRIDE_${severity.toUpperCase()}`);
    if (rules.length > 0) layer.override[severity] = rules;
  }
  layer.ignore = list(env, 'HADOLINT_IGNORE').map((rule) => ({ rule, by: 'HADOLINT_IGNORE' }));
  layer.trustedRegistries = [...new Set(list(env, 'HADOLINT_TRUSTED_REGISTRIES'))];
  for (const item of list(env, 'HADOLINT_REQUIRE_LABELS')) {
    const label = readLabelItem(item);
    if (label === undefined) {
      dropped('HADOLINT_REQUIRE_LABELS', item, 'a `label:type` with a type of email, hash, ' +
        'text, rfc3339, semver, spdx or url');
    } else {
      // hadolint's `Map.fromList`: of two items naming one label, the last counts.
      layer.labelSchema[label[0]] = label[1];
    }
  }
  return { layer, problems };
}
