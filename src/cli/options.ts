/**
 * Outputs stage, command line: reads `shipshape lint`'s arguments with `node:util` parseArgs.
 * Each option is one line of `OPTIONS`; its value arrives typed in `values` — adding
 * `--config` is adding `config: { type: 'string', short: 'c' }` and reading `values.config`.
 * Problems come back as one message for the user (exit 2), never as a thrown error.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { FORMATS, isFormatName, type FormatName } from './formats/index.ts';
import { readPlatform } from '../dockerfile/rules-shared/platform.ts';
import { parseCheckOptions } from '../dockerfile/suppress/pragmas.ts';
import { THRESHOLDS, type SettingsFlags } from './lint-settings.ts';
import { emptyLayer, readLabelItem, type SettingsLayer } from './settings-layers.ts';

const FORMAT_NAMES = Object.keys(FORMATS).join(', ');

export const USAGE = `usage: shipshape lint [options] <Dockerfile|-> ...

options:
  -f, --format FORMAT  text (default), tty, json, sarif, checkstyle, codeclimate,
                       gitlab_codeclimate, gnu, codacy, sonarqube, junit; repeatable, after
                       the configuration's format(s): each is written in turn
  -o, --output FILE    write the Nth format to the Nth FILE (repeatable; - is standard
                       output; a FILE without a format gets text)
      --no-color       no colours in tty output (also when NO_COLOR is set)
  -c, --config FILE    a hadolint configuration (default: the first .hadolint.yaml beside
                       each file, then hadolint's places: the working directory,
                       $XDG_CONFIG_HOME or ~/.config, ~/.hadolint/, ~)
      --file-path-in-report PATH
                       the file path written in every report instead of the real one
                       (useful when linting in a container)
  -V, --verbose        say on standard error which configuration each file is linted with
      --no-fail        exit 0 whatever is found (2 still for input that cannot be linted)
      --ignore RULE    do not report RULE (repeatable)
      --error RULE, --warning RULE, --info RULE, --style RULE
                       report RULE at that severity (repeatable)
      --trusted-registry REGISTRY
                       a registry FROM may pull from, DL3026 (repeatable; * globs)
      --require-label LABEL:TYPE
                       a label every image must carry (DL3049-DL3058): TYPE is email, hash,
                       text, rfc3339, semver, spdx or url (repeatable)
      --strict-labels  report labels the required ones do not name (DL3050)
      --disable-ignore-pragma
                       do not honour # hadolint ignore= comments
      --platform PLATFORM
                       the platform the build targets, as docker build's (linux/amd64,
                       linux/arm64): InvalidBaseImagePlatform then checks each base image
                       against the platforms shipshape's base-image dataset lists for it
      --buildkit-check OPTIONS
                       BuildKit's check options for the build, as BUILDKIT_DOCKERFILE_CHECK
                       (skip=all, skip=A,B;error=true); they replace a # check= directive
  -t, --failure-threshold LEVEL
                       exit 1 only for findings at LEVEL or worse: error, warning, info
                       (default), style, ignore, none
      --no-cache       neither read nor keep ShellCheck's reports in
                       $XDG_CACHE_HOME/shipshape/shellcheck (else ~/.cache/...), which a
                       later call reuses for RUN scripts it has seen; entries unused for
                       30 days are removed (also off when SHIPSHAPE_NO_CACHE is set)
      --fix            rewrite what is mechanical and safe in place, then lint what is left
      --dry-run        with --fix: print the changes as a unified diff, write nothing
  -v, --version        print shipshape's version and the hadolint and BuildKit commits its
                       rules follow, then exit 0 (also \`shipshape --version\`)
  -h, --help           show this help

hadolint's environment variables set the same (HADOLINT_NOFAIL, HADOLINT_VERBOSE,
HADOLINT_FORMAT, HADOLINT_FAILURE_THRESHOLD, HADOLINT_OVERRIDE_ERROR/WARNING/INFO/STYLE,
HADOLINT_IGNORE, HADOLINT_STRICT_LABELS, HADOLINT_DISABLE_IGNORE_PRAGMA,
HADOLINT_TRUSTED_REGISTRIES, HADOLINT_REQUIRE_LABELS; lists comma-separated); an option
beats the configuration file, which beats the environment, and lists add up.`;

const OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  output: { type: 'string', short: 'o', multiple: true },
  verbose: { type: 'boolean', short: 'V' },
  'no-fail': { type: 'boolean' },
  'no-color': { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  ignore: { type: 'string', multiple: true },
  error: { type: 'string', multiple: true },
  warning: { type: 'string', multiple: true },
  info: { type: 'string', multiple: true },
  style: { type: 'string', multiple: true },
  'trusted-registry': { type: 'string', multiple: true },
  'require-label': { type: 'string', multiple: true },
  'strict-labels': { type: 'boolean' },
  'disable-ignore-pragma': { type: 'boolean' },
  'file-path-in-report': { type: 'string' },
  'failure-threshold': { type: 'string', short: 't' },
  'buildkit-check': { type: 'string' },
  platform: { type: 'string' },
  fix: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  'no-cache': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsOptionsConfig;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>[
  'values'];

export interface LintCommand {
  /** `--format`, in order; the configuration's formats come first (`lint-command.ts`). */
  formats: FormatName[];
  /** `--output`, in order: the Nth format goes to the Nth destination (`-`: standard output). */
  outputs: string[];
  fix: boolean;
  dryRun: boolean;
  /** `--no-cache`: ShellCheck's reports are neither read from nor kept on disk. */
  noCache: boolean;
  files: string[];
  /** `--file-path-in-report`: the path every report names instead of the file's own. */
  filePathInReport: string | undefined;
  /**
   * `--config`, `--buildkit-check`, and what the other options set, as one layer
   * (`settings-layers.ts`; `lint-settings.ts` adds the file's and the environment's).
   */
  settings: SettingsFlags;
  /** Every option as parsed, for options read where they are used. */
  values: Values;
}

/** What the arguments ask for: a lint run, the help or version text, or a usage error. */
export type Parsed = { kind: 'lint'; command: LintCommand } | { kind: 'help' } |
  { kind: 'version' } | { kind: 'error'; message: string };

function usageError(message: string): Parsed {
  return { kind: 'error', message: `${message}\n${USAGE}` };
}

export function parseCommandLine(argv: readonly string[]): Parsed {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') return { kind: 'help' };
  if (name === '--version' || name === '-v') return { kind: 'version' };
  if (name !== 'lint') return usageError(`unknown command \`${name}\``);
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...rest], options: OPTIONS, allowPositionals: true, strict: true,
    }));
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    if (unknown !== null) return usageError(`unknown option \`${unknown[1]}\``);
    // parseArgs' other messages name the option and say what is wrong with it.
    return usageError(message.split('\n')[0] ?? message);
  }
  if (values.help === true) return { kind: 'help' };
  // As hadolint's `execute`: --version wins over everything else given, files included.
  if (values.version === true) return { kind: 'version' };
  const formats: FormatName[] = [];
  for (const format of values.format ?? []) {
    if (!isFormatName(format)) {
      return usageError(`--format must be one of ${FORMAT_NAMES}, got \`${format}\``);
    }
    formats.push(format);
  }
  const threshold = values['failure-threshold'];
  const failureThreshold = THRESHOLDS.find((name) => name === threshold);
  if (threshold !== undefined && failureThreshold === undefined) {
    return usageError(`--failure-threshold must be one of ${THRESHOLDS.join(', ')}, ` +
      `got \`${threshold}\``);
  }
  const labelSchema: SettingsLayer['labelSchema'] = {};
  for (const item of values['require-label'] ?? []) {
    const label = readLabelItem(item);
    if (label === undefined) {
      return usageError('--require-label takes LABEL:TYPE with a TYPE of email, hash, text, ' +
        `rfc3339, semver, spdx or url, got \`${item}\``);
    }
    labelSchema[label[0]] = label[1];
  }
  const buildkitCheck = values['buildkit-check'];
  if (buildkitCheck !== undefined && parseCheckOptions(buildkitCheck) === undefined) {
    return usageError('--buildkit-check takes BuildKit\'s check options (`skip=all`, ' +
      `\`skip=A,B;error=true\`), got \`${buildkitCheck}\``);
  }
  const platform = values.platform;
  if (platform !== undefined && readPlatform(platform) === undefined) {
    return usageError('--platform takes a platform written os/arch or os/arch/variant ' +
      `(\`linux/amd64\`, \`linux/arm/v7\`), got \`${platform}\``);
  }
  if (values['dry-run'] === true && values.fix !== true) {
    return usageError('--dry-run only goes with --fix');
  }
  if (positionals.length === 0) return usageError('no Dockerfile given');
  if (values.fix === true && values['dry-run'] !== true && positionals.includes('-')) {
    return usageError('--fix cannot rewrite standard input in place: add --dry-run for a diff');
  }
  return {
    kind: 'lint',
    command: {
      formats,
      outputs: values.output ?? [],
      fix: values.fix === true,
      dryRun: values['dry-run'] === true,
      noCache: values['no-cache'] === true,
      files: positionals,
      filePathInReport: values['file-path-in-report'],
      settings: { config: values.config, buildkitCheck, platform, commandLine: {
        ...emptyLayer(),
        ignore: (values.ignore ?? []).map((rule) => ({ rule, by: `--ignore ${rule}` })),
        override: Object.fromEntries((['error', 'warning', 'info', 'style'] as const)
          .filter((severity) => values[severity] !== undefined)
          .map((severity) => [severity, values[severity] ?? []])),
        trustedRegistries: [...new Set(values['trusted-registry'] ?? [])],
        labelSchema,
        // hadolint's flags only say yes; left out, they leave the file's or environment's.
        strictLabels: values['strict-labels'] === true ? true : undefined,
        disableIgnorePragma: values['disable-ignore-pragma'] === true ? true : undefined,
        failureThreshold,
        noFail: values['no-fail'] === true ? true : undefined,
        noColor: values['no-color'] === true ? true : undefined,
        verbose: values.verbose === true ? true : undefined,
        formats,
      } },
      values,
    },
  };
}
