/**
 * Outputs stage, command line: reads `shipshape lint`'s arguments with `node:util` parseArgs.
 * Each option is one line of `OPTIONS`; its value arrives typed in `values` — adding
 * `--config` is adding `config: { type: 'string', short: 'c' }` and reading `values.config`.
 * Problems come back as one message for the user (exit 2), never as a thrown error.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { FORMATS, isFormatName, type FormatName } from './formats/index.ts';
import { parseCheckOptions } from '../dockerfile/suppress/pragmas.ts';
import { THRESHOLDS, type SettingsFlags } from './lint-settings.ts';

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
  -V, --verbose        say on standard error which configuration each file is linted with
      --no-fail        exit 0 whatever is found (2 still for input that cannot be linted)
      --ignore RULE    do not report RULE (repeatable)
      --buildkit-check OPTIONS
                       BuildKit's check options for the build, as BUILDKIT_DOCKERFILE_CHECK
                       (skip=all, skip=A,B;error=true); they replace a # check= directive
      --failure-threshold LEVEL
                       exit 1 only for findings at LEVEL or worse: error, warning, info
                       (default), style, ignore, none
      --fix            rewrite what is mechanical and safe in place, then lint what is left
      --dry-run        with --fix: print the changes as a unified diff, write nothing
  -h, --help           show this help`;

const OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  output: { type: 'string', short: 'o', multiple: true },
  verbose: { type: 'boolean', short: 'V' },
  'no-fail': { type: 'boolean' },
  'no-color': { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  ignore: { type: 'string', multiple: true },
  'failure-threshold': { type: 'string' },
  'buildkit-check': { type: 'string' },
  fix: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>[
  'values'];

export interface LintCommand {
  /** `--format`, in order; the configuration's formats come first (`lint-command.ts`). */
  formats: FormatName[];
  /** `--output`, in order: the Nth format goes to the Nth destination (`-`: standard output). */
  outputs: string[];
  /** `--verbose`: which configuration each file is linted with, on standard error. */
  verbose: boolean;
  /** `--no-fail`: exit 0 whatever is found. */
  noFail: boolean;
  /**
   * Colour `tty` output: not with `--no-color`, not when `NO_COLOR` is set and non-empty (as
   * no-color.org asks; hadolint also counts an empty `NO_COLOR`), not when a configuration
   * says `no-color: true` (`lint-command.ts`).
   */
  color: boolean;
  fix: boolean;
  dryRun: boolean;
  files: string[];
  /** `--config`, `--ignore`, `--failure-threshold` (`lint-settings.ts` reads them). */
  settings: SettingsFlags;
  /** Every option as parsed, for options read where they are used. */
  values: Values;
}

/** What the arguments ask for: a lint run, the help text, or a usage error to print. */
export type Parsed = { kind: 'lint'; command: LintCommand } | { kind: 'help' } |
  { kind: 'error'; message: string };

function usageError(message: string): Parsed {
  return { kind: 'error', message: `${message}\n${USAGE}` };
}

export function parseCommandLine(argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {}): Parsed {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') return { kind: 'help' };
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
  const buildkitCheck = values['buildkit-check'];
  if (buildkitCheck !== undefined && parseCheckOptions(buildkitCheck) === undefined) {
    return usageError('--buildkit-check takes BuildKit\'s check options (`skip=all`, ' +
      `\`skip=A,B;error=true\`), got \`${buildkitCheck}\``);
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
      verbose: values.verbose === true,
      noFail: values['no-fail'] === true,
      color: values['no-color'] !== true && (env['NO_COLOR'] ?? '') === '',
      fix: values.fix === true,
      dryRun: values['dry-run'] === true,
      files: positionals,
      settings: { config: values.config, ignore: values.ignore ?? [], failureThreshold,
        buildkitCheck },
      values,
    },
  };
}
