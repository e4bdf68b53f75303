/**
 * Outputs stage, command line: `shipshape lint [options] <Dockerfile|-> ...` (options in
 * `options.ts`). Lints each file and prints the findings in the chosen format (`formats/`); the
 * exit code is hadolint's (`exit-code.ts`), 2 for usage errors and input that is not a
 * Dockerfile (missing, a folder, binary, empty) or a bad configuration file. The configuration
 * and failure options (`--config`, `--ignore`, `--failure-threshold`) are read in
 * `lint-settings.ts`. With `--fix` (`fix-command.ts`) it first rewrites what is mechanical and
 * safe. Never prints a stack trace.
 */
import { binaryReason } from '../dockerfile/binary-text.ts';
import { lintDockerfile } from '../dockerfile/lint.ts';
import { readIgnorePatterns } from '../dockerfile/rules-shared/dockerignore.ts';
import type { ShellChecker } from '../dockerfile/shellcheck/run-shellcheck.ts';
import { terminalSafe } from '../shared/terminal-text.ts';
import { lintExitCode } from './exit-code.ts';
import { fixFile } from './fix-command.ts';
import { ConfigError, settingsFor, type ConfigCache } from './lint-settings.ts';
import { FORMATS, type FileReport } from './formats/index.ts';
import { parseCommandLine, USAGE } from './options.ts';

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
  /** ShellCheck for the run (`createShellChecker`, which says if it cannot run); unset: none. */
  shellcheck?: ShellChecker;
  /** Replaces a file's contents (`--fix`); rejects with a Node error when it cannot. */
  writeFile?(path: string, text: string): Promise<void>;
  /** The environment (`NO_COLOR`); none when left out. */
  env?: Readonly<Record<string, string | undefined>>;
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

/** Runs the command line; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseCommandLine(argv, io.env);
  if (parsed.kind === 'help') {
    io.stdout(`${USAGE}\n`);
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
  const { shellcheck } = io;
  let failed = false;
  const configs: ConfigCache = new Map();
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
      config = await settingsFor(io, command.settings, file, configs);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      io.stderr(`shipshape: ${terminalSafe(error.message)}\n`);
      unreadable = true;
      continue;
    }
    const dockerignore = file === '-' ? undefined : io.hasDockerignore(file);
    const ignoreText = file === '-' ? undefined : io.readDockerignore?.(file);
    const options = {
      fragment: false, settings: config.settings,
      ...(dockerignore === undefined ? {} : { hasDockerignore: dockerignore }),
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
    const { findings } =
      lintDockerfile(text, { ...options, ...(shellcheck ? { shellcheck } : {}) });
    reports.push({ file: name, findings });
    failed ||= !config.noFail && lintExitCode(findings.map((finding) => finding.severity),
      command.format, config.threshold) === 1;
  }
  // A dry run prints only the diff (`git apply` takes it); its exit code still says whether
  // findings would be left after the fix.
  io.stdout(command.dryRun ? diffs.join('') :
    FORMATS[command.format](reports, { color: command.color }));
  if (unreadable) return 2;
  return failed ? 1 : 0;
}
