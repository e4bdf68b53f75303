/**
 * Outputs stage, command line: the suppression and failure options of `shipshape lint`, as
 * hadolint has them: `--config FILE` (else the first configuration found where
 * `config-search.ts` looks: beside each Dockerfile, then hadolint's places), `--ignore RULE`
 * (repeatable), `--failure-threshold error|warning|info|style|ignore|none`. Reads the
 * configuration for each file, the threshold that fails the run (`exit-code.ts` applies it)
 * and the output keys (`format`, `formats`, `no-color`, `verbose`) that `lint-command.ts`
 * applies; `options.ts` parses the options. The YAML reader and the schema are loaded only when
 * there is a file to read, so a plain `shipshape lint` starts without them.
 */
import { configCandidates, type SearchPlaces } from './config-search.ts';
import { ConfigError } from '../dockerfile/suppress/config-error.ts';
import { DEFAULT_FAILURE_THRESHOLD } from './exit-code.ts';
import type {
  FailureThreshold, OutputFormat,
} from '../dockerfile/suppress/config-schema.ts';
import type { LintConfig } from '../dockerfile/suppress/read-config.ts';
import type { LintSettings } from '../dockerfile/lint.ts';
import { emptyLayer, mergeLayers, type SettingsLayer } from './settings-layers.ts';

/** hadolint's names (`config-schema.ts` checks the same in a file). */
export const THRESHOLDS: readonly FailureThreshold[] = ['error', 'warning', 'info', 'style',
  'ignore', 'none'];

export interface SettingsFlags {
  config: string | undefined;
  /** `--buildkit-check`: BuildKit's check options, as `BUILDKIT_DOCKERFILE_CHECK`. */
  buildkitCheck?: string | undefined;
  /** `--platform`: the build's target platform (InvalidBaseImagePlatform). */
  platform?: string | undefined;
  /** The platforms base images are published for, from the dataset, read when `platform` is. */
  imagePlatforms?: Readonly<Record<string, readonly string[]>> | undefined;
  /** What the other options say (`options.ts`). */
  commandLine: SettingsLayer;
  /** What the `HADOLINT_*` variables say (`environment.ts`); none when left out. */
  environment?: SettingsLayer;
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
  /** Where a configuration was looked for, when none was given or found (for `--verbose`). */
  searched: string[];
  /** The configuration's `formats` and `format`, in hadolint's order. */
  formats: OutputFormat[];
  /** `no-color` and `verbose`, from the options, the configuration or the environment. */
  noColor: boolean;
  verbose: boolean;
}

/** What a configuration file says, as a layer. */
function fileLayer(config: LintConfig | undefined): SettingsLayer {
  if (config === undefined) return emptyLayer();
  const { settings } = config;
  return {
    ignore: [...settings.ignored ?? []],
    override: Object.fromEntries(Object.entries(settings.override ?? {})
      .map(([severity, rules]) => [severity, [...rules]])),
    trustedRegistries: [...settings.rules?.trustedRegistries ?? []],
    labelSchema: { ...settings.rules?.labelSchema as SettingsLayer['labelSchema'] },
    strictLabels: settings.rules?.strictLabels,
    disableIgnorePragma: settings.disableIgnorePragma,
    failureThreshold: config.failureThreshold,
    noFail: config.noFail,
    noColor: config.noColor,
    verbose: config.verbose,
    formats: config.formats,
  };
}

async function readConfigFile(io: ConfigIO, path: string, required: boolean):
  Promise<LintConfig | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    // Not there, or not a file (hadolint's `doesFileExist` is false for a folder).
    if (!required && (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR')) {
      return undefined;
    }
    const reason = code === 'ENOENT' ? 'no such file' : (code ?? String(error));
    throw new ConfigError([`${path}: cannot read the configuration file (${reason})`]);
  }
  const { parseHadolintConfig } = await import('../dockerfile/suppress/read-config.ts');
  return parseHadolintConfig(new TextDecoder('utf-8').decode(bytes), path);
}

/** Configuration files read so far in one run, by path: each is read and parsed once. */
export type ConfigCache = Map<string, Promise<LintConfig | undefined>>;

function cachedConfig(io: ConfigIO, path: string, required: boolean, cache?: ConfigCache):
  Promise<LintConfig | undefined> {
  if (!cache) return readConfigFile(io, path, required);
  let config = cache.get(path);
  if (!config) {
    config = readConfigFile(io, path, required);
    cache.set(path, config);
  }
  return config;
}

/**
 * The settings for one Dockerfile (`-` for stdin): the `--config` file, else the first found
 * in `places` (`config-search.ts`), with `--ignore` and `--failure-threshold` on top. Throws a
 * ConfigError. With `cache`, a run over many Dockerfiles reads each configuration file once.
 */
export async function settingsFor(io: ConfigIO, flags: SettingsFlags, dockerfile: string,
  cache?: ConfigCache, places: SearchPlaces = { cwd: '.', home: undefined,
    xdgConfigHome: undefined }): Promise<FileSettings> {
  let config: LintConfig | undefined;
  let searched: string[] = [];
  if (flags.config !== undefined) {
    config = await cachedConfig(io, flags.config, true, cache);
  } else {
    searched = configCandidates(dockerfile, places);
    for (const path of searched) {
      config = await cachedConfig(io, path, false, cache);
      if (config) break;
    }
  }
  const merged = mergeLayers([flags.environment ?? emptyLayer(), fileLayer(config),
    flags.commandLine]);
  const settings: LintSettings = {
    ignored: merged.ignore,
    override: merged.override,
    disableIgnorePragma: merged.disableIgnorePragma ?? false,
    rules: { trustedRegistries: merged.trustedRegistries, labelSchema: merged.labelSchema,
      strictLabels: merged.strictLabels ?? false, platform: flags.platform,
      imagePlatforms: flags.imagePlatforms },
  };
  if (flags.buildkitCheck !== undefined) settings.buildkitCheck = flags.buildkitCheck;
  return {
    settings,
    threshold: merged.failureThreshold ?? DEFAULT_FAILURE_THRESHOLD,
    noFail: merged.noFail ?? false,
    configFile: config?.file,
    searched: config ? [] : searched,
    formats: config?.formats ?? [],
    noColor: merged.noColor ?? false,
    verbose: merged.verbose ?? false,
  };
}

export { ConfigError };
