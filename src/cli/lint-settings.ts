/**
 * Outputs stage, command line: the suppression and failure options of `shipshape lint`, as
 * hadolint has them: `--config FILE` (else a `.hadolint.yaml`/`.hadolint.yml` beside each
 * Dockerfile), `--ignore RULE` (repeatable), `--failure-threshold error|warning|info|style|
 * ignore|none`. Reads the configuration and decides whether a file's findings fail the run;
 * `lint-command.ts` only hands the options over. The YAML reader and the schema are loaded only
 * when there is a file to read, so a plain `shipshape lint` starts without them.
 */
import { dirname, join } from 'node:path';
import { ConfigError } from '../dockerfile/suppress/config-error.ts';
import type { FailureThreshold } from '../dockerfile/suppress/config-schema.ts';
import type { LintConfig } from '../dockerfile/suppress/read-config.ts';
import type { LintSettings } from '../dockerfile/lint.ts';
import type { Finding, Severity } from '../dockerfile/rule.ts';

/** hadolint's names (`config-schema.ts` checks the same in a file). */
const THRESHOLDS: readonly FailureThreshold[] = ['error', 'warning', 'info', 'style', 'ignore',
  'none'];

/** The names hadolint looks for in the working directory; shipshape looks beside the file. */
const CONFIG_NAMES = ['.hadolint.yaml', '.hadolint.yml'] as const;

export const SETTINGS_USAGE = '[--config FILE] [--ignore RULE]... ' +
  '[--failure-threshold error|warning|info|style|ignore|none]';

export interface SettingsFlags {
  config: string | undefined;
  ignore: string[];
  failureThreshold: FailureThreshold | undefined;
}

export const emptyFlags = (): SettingsFlags =>
  ({ config: undefined, ignore: [], failureThreshold: undefined });

/**
 * Reads one of the options at `argv[at]` into `flags`: the number of words it took (0 when the
 * word is not one of them), or a usage error.
 */
export function readSettingsFlag(argv: readonly string[], at: number, flags: SettingsFlags):
  number | string {
  const arg = argv[at] ?? '';
  const name = ['--config', '--ignore', '--failure-threshold']
    .find((flag) => arg === flag || arg.startsWith(`${flag}=`));
  if (name === undefined) return 0;
  const inline = arg.includes('=');
  const value = inline ? arg.slice(name.length + 1) : argv[at + 1];
  const used = inline ? 1 : 2;
  if (value === undefined || value === '') return `${name} needs a value`;
  if (name === '--config') flags.config = value;
  else if (name === '--ignore') flags.ignore.push(value);
  else {
    const threshold = THRESHOLDS.find((name) => name === value);
    if (threshold === undefined) {
      return `--failure-threshold must be one of ${THRESHOLDS.join(', ')}; got \`${value}\``;
    }
    flags.failureThreshold = threshold;
  }
  return used;
}

/** What the CLI needs to read a configuration file. */
export interface ConfigIO {
  readFile(path: string): Promise<Uint8Array>;
}

export interface FileSettings {
  settings: LintSettings;
  threshold: FailureThreshold;
  noFail: boolean;
  /** The configuration file used, if any. */
  configFile: string | undefined;
}

async function readConfigFile(io: ConfigIO, path: string, required: boolean):
  Promise<LintConfig | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (!required && (code === 'ENOENT' || code === 'ENOTDIR')) return undefined;
    const reason = code === 'ENOENT' ? 'no such file' : (code ?? String(error));
    throw new ConfigError([`${path}: cannot read the configuration file (${reason})`]);
  }
  const { parseHadolintConfig } = await import('../dockerfile/suppress/read-config.ts');
  return parseHadolintConfig(new TextDecoder('utf-8').decode(bytes), path);
}

/**
 * The settings for one Dockerfile (`-` for stdin): the `--config` file, else one beside the
 * Dockerfile, with `--ignore` and `--failure-threshold` on top. Throws a ConfigError.
 */
export async function settingsFor(io: ConfigIO, flags: SettingsFlags, dockerfile: string):
  Promise<FileSettings> {
  let config: LintConfig | undefined;
  if (flags.config !== undefined) {
    config = await readConfigFile(io, flags.config, true);
  } else if (dockerfile !== '-') {
    for (const name of CONFIG_NAMES) {
      config = await readConfigFile(io, join(dirname(dockerfile), name), false);
      if (config) break;
    }
  }
  const settings: LintSettings = { ...config?.settings };
  settings.ignored = [...(settings.ignored ?? []),
    ...flags.ignore.map((rule) => ({ rule, by: `--ignore ${rule}` }))];
  return {
    settings,
    threshold: flags.failureThreshold ?? config?.failureThreshold ?? 'error',
    noFail: config?.noFail ?? false,
    configFile: config?.file,
  };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, style: 3 };

/**
 * Hadolint's rule (`app/Main.hs` `noFailure`): the run fails when a finding is at the threshold
 * or more severe; `ignore` and `none` rank below `style`, so every finding fails.
 */
export function fails(findings: readonly Finding[], threshold: FailureThreshold): boolean {
  const limit = threshold === 'ignore' || threshold === 'none' ? 4 : RANK[threshold];
  return findings.some((finding) => RANK[finding.severity] <= limit);
}

export { ConfigError };
