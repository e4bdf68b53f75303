/**
 * Outputs stage, command line: `shipshape lint [options] <Dockerfile|-> ...` (options in
 * `options.ts`). Lints each file and prints the findings in the chosen format (`formats/`); the
 * exit code is hadolint's (`exit-code.ts`), 2 for usage errors and input that is not a
 * Dockerfile (missing, a folder, binary, empty) or a bad configuration file. The configuration
 * and failure options (`--config`, `--ignore`, `--failure-threshold`) are read in
 * `lint-settings.ts`. As hadolint, the formats are the configurations' then `--format`'s, each
 * written in turn, the Nth to the Nth `--output` (`-`: standard output). With `--fix`
 * (`fix-command.ts`) it first rewrites what is mechanical and safe. Never prints a stack trace.
 */
import { binaryReason } from '../dockerfile/binary-text.ts';
import { lintDockerfile, lintModel, withShellcheckFindings } from '../dockerfile/lint.ts';
import { parseDockerfile } from '../dockerfile/parse/parse-dockerfile.ts';
import { readIgnorePatterns } from '../dockerfile/rules-shared/dockerignore.ts';
import type { ShellChecker } from '../dockerfile/shellcheck/run-shellcheck.ts';
import type { LintOptions, LintResult } from '../dockerfile/lint.ts';
import { terminalSafe } from '../shared/terminal-text.ts';
import { lintExitCode } from './exit-code.ts';
import { fixFile } from './fix-command.ts';
import {
  ConfigError, settingsFor, type ConfigCache, type SettingsFlags,
} from './lint-settings.ts';
import { FORMATS, type FileReport, type FormatName } from './formats/index.ts';
import type { Severity } from '../dockerfile/rule.ts';
import type { FailureThreshold } from './exit-code.ts';
import { parseCommandLine, USAGE } from './options.ts';
import { settingsFromEnvironment } from './environment.ts';
import { versionLine } from './version.ts';

export { USAGE } from './options.ts';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file; rejects with a Node error (code ENOENT, EISDIR…) when it cannot. */
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  /** Whether a `.dockerignore` sits beside the file. */
  hasDockerignore(path: string): boolean;
  /** The `.dockerignore` beside the file, if one can be read (BuildKit's CopyIgnoredFile). */
  readDockerignore?(path: string): string | undefined;
  /**
   * ShellCheck for the run (`createShellChecker`, which says if it cannot run), made once the
   * options are read; `diskCache` false for `--no-cache` or `SHIPSHAPE_NO_CACHE`. Unset: none.
   */
  shellcheck?(options: { diskCache: boolean }): ShellChecker;
  /** Replaces a file's contents (`--fix`); rejects with a Node error when it cannot. */
  writeFile?(path: string, text: string): Promise<void>;
  /**
   * The platforms base images are published for (shipshape's sourced dataset), read only when
   * `--platform` is given; rejects when the dataset cannot be read.
   */
  imagePlatforms?(): Promise<Record<string, string[]>>;
  /**
   * The environment (`HADOLINT_*`, `NO_COLOR`, `SHIPSHAPE_NO_CACHE`, `HOME`, `XDG_CONFIG_HOME`);
   * none if left out.
   */
  env?: Readonly<Record<string, string | undefined>>;
  /** The working directory, where hadolint looks for `.hadolint.yaml`; default `.`. */
  cwd?: string;
}

/** One file's verdict, kept until the formats (which may forbid failing) are known. */
interface Verdict {
  severities: Severity[];
  threshold: FailureThreshold;
  noFail: boolean;
}

/**
 * hadolint's `zipWithDef "-" TTY`: the Nth format goes to the Nth destination; formats beyond
 * the destinations go to standard output, destinations beyond the formats get `text`, and no
 * format at all is one `text` on standard output.
 */
export function pairOutputs(formats: readonly FormatName[], outputs: readonly string[]):
  Array<[string, FormatName]> {
  const count = Math.max(formats.length, outputs.length, 1);
  return Array.from({ length: count }, (_, i) => [outputs[i] ?? '-', formats[i] ?? 'text']);
}

export class InputError extends Error {
  override name = 'InputError';
}

function describeReadError(path: string, error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return `${path}: no such file`;
  if (code === 'EISDIR') return `${path}: is a directory, not a Dockerfile`;
  if (code === 'EACCES') return `${path}: permission denied`;
  return `${path}: cannot be read (${code ?? String(error)})`;
}

function decode(path: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError(`${path}: empty file, nothing to lint`);
  // Judged on the head only (a split character at its end is one replacement character).
  const binary = binaryReason(new TextDecoder('utf-8').decode(bytes.subarray(0, 8192)));
  if (binary !== undefined) {
    throw new InputError(`${path}: not a Dockerfile (binary data: ${binary})`);
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.trim() === '') throw new InputError(`${path}: only whitespace, nothing to lint`);
  return text;
}

/**
 * `lintDockerfile` with ShellCheck, which starts as soon as the file is parsed and runs in its
 * own processes while our rules run here (the same findings as the synchronous path: `check`
 * reads the reports that `prefetch` left in the checker's cache).
 */
async function lintWithShellcheck(text: string, options: LintOptions,
  shellcheck: ShellChecker | undefined): Promise<LintResult> {
  const model = parseDockerfile(text);
  const ahead = shellcheck?.prefetch([model]);
  const result = lintModel(model, options);
  if (!shellcheck || result.notDockerfile) return result;
  await ahead;
  return withShellcheckFindings(result, shellcheck.check(result.model), options.settings);
}

/** Runs the command line; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseCommandLine(argv);
  if (parsed.kind === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'version') {
    io.stdout(`${versionLine()}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    io.stderr(`${terminalSafe(parsed.message)}\n`);
    return 2;
  }
  const { command } = parsed;
  let unreadable = false;
  const reports: FileReport[] = [];
  const diffs: string[] = [];
  const verdicts: Verdict[] = [];
  const configs: ConfigCache = new Map();
  const env = io.env ?? {};
  const shellcheck = io.shellcheck?.({
    diskCache: !command.noCache && (env['SHIPSHAPE_NO_CACHE'] ?? '') === '' });
  const environment = settingsFromEnvironment(env);
  for (const problem of environment.problems) {
    io.stderr(`shipshape: ${terminalSafe(problem)}\n`);
  }
  const flags: SettingsFlags = { ...command.settings, environment: environment.layer };
  if (flags.platform !== undefined) {
    try {
      flags.imagePlatforms = io.imagePlatforms ? await io.imagePlatforms() : undefined;
    } catch (error) {
      io.stderr(`shipshape: InvalidBaseImagePlatform is off: the base-image dataset cannot be ` +
        `read (${terminalSafe((error as Error).message ?? String(error))})\n`);
    }
  }
  const places = { cwd: io.cwd ?? '.', home: env['HOME'] || undefined,
    xdgConfigHome: env['XDG_CONFIG_HOME'] };
  // The configurations' formats, each configuration once, in the order first used.
  const configFormats = new Map<string, FormatName[]>();
  let noColor = false;
  for (const file of command.files) {
    const name = file === '-' ? '<stdin>' : file;
    let text: string;
    try {
      const bytes = await (file === '-' ? io.readStdin() : io.readFile(file)).catch((error) => {
        throw new InputError(describeReadError(name, error));
      });
      text = decode(name, bytes);
    } catch (error) {
      const message = error instanceof InputError ? error.message : String(error);
      io.stderr(`shipshape: ${terminalSafe(message)}\n`);
      unreadable = true;
      continue;
    }
    let config;
    try {
      config = await settingsFor(io, flags, file, configs, places);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      io.stderr(`shipshape: ${terminalSafe(error.message)}\n`);
      unreadable = true;
      continue;
    }
    if (config.configFile !== undefined && !configFormats.has(config.configFile)) {
      configFormats.set(config.configFile, config.formats);
    }
    noColor ||= config.noColor;
    if (config.verbose) {
      io.stderr(`shipshape: ${terminalSafe(name)}: ${terminalSafe(config.configFile === undefined
        ? `no configuration file found (looked for ${config.searched.join(', ')}); using the ` +
          'default configuration'
        : `configuration file used: ${config.configFile}`)}\n`);
    }
    const hasIgnore = file === '-' ? undefined : io.hasDockerignore(file);
    const ignoreText = file === '-' ? undefined : io.readDockerignore?.(file);
    const options = {
      fragment: false, settings: config.settings,
      ...(hasIgnore === undefined ? {} : { hasDockerignore: hasIgnore }),
      ...(ignoreText === undefined ? {} : { dockerignore: readIgnorePatterns(ignoreText) }),
    } as const;
    // The fixes need the engine's rules only; ShellCheck (a process) runs once, on the result.
    const lint = (source: string) => lintDockerfile(source, options);
    if (command.fix) {
      const fixed = await fixFile(file, name, text, command.dryRun, io, lint);
      text = fixed.text;
      diffs.push(fixed.diff);
      unreadable ||= fixed.failed;
    }
    const { findings } = await lintWithShellcheck(text, options, shellcheck);
    // hadolint's --file-path-in-report, in every format (hadolint: five of them).
    reports.push({ file: command.filePathInReport ?? name, findings });
    verdicts.push({ severities: findings.map((finding) => finding.severity),
      threshold: config.threshold, noFail: config.noFail });
  }
  const formats = [...environment.layer.formats, ...[...configFormats.values()].flat(),
    ...command.formats];
  // As hadolint: a format that must not fail the run (codeclimate, codacy) makes it pass.
  const failed = verdicts.some((verdict) => !verdict.noFail && (formats.length === 0
    ? [lintExitCode(verdict.severities, 'text', verdict.threshold)]
    : formats.map((format) => lintExitCode(verdict.severities, format, verdict.threshold)))
    .every((code) => code === 1));
  if (command.dryRun) {
    // A dry run prints only the diff (`git apply` takes it); its exit code still says whether
    // findings would be left after the fix.
    io.stdout(diffs.join(''));
  } else {
    for (const [destination, format] of pairOutputs(formats, command.outputs)) {
      // Colour only on standard output: a report file is read by tools, not a terminal.
      const color = destination === '-' && !noColor;
      const text = FORMATS[format](reports, { color });
      if (destination === '-') {
        io.stdout(text);
        continue;
      }
      try {
        if (!io.writeFile) throw new Error('cannot write files here');
        await io.writeFile(destination, text);
      } catch (error) {
        io.stderr(`shipshape: ${terminalSafe(destination)}: cannot write the report ` +
          `(${terminalSafe((error as { code?: string }).code ?? String(error))})\n`);
        unreadable = true;
      }
    }
  }
  // The output is written: what is left (tidying ShellCheck's cache) does not delay it.
  shellcheck?.close();
  if (unreadable) return 2;
  return failed ? 1 : 0;
}
