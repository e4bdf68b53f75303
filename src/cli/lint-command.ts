/**
 * Outputs stage, command line: `shipshape lint [--format json|text] <Dockerfile|-> ...`.
 * Text output reads like a compiler's (`path:line:col severity rule message`), JSON is an array
 * of findings. Exit 1 when a finding at the failure threshold (default: error) is present, 0
 * otherwise, 2 for usage errors, a bad configuration file and input that is not a Dockerfile
 * (missing, a folder, binary, empty). Never prints a stack trace. The configuration and
 * failure options live in `lint-settings.ts`.
 */
import { binaryReason } from '../dockerfile/binary-text.ts';
import { lintDockerfile } from '../dockerfile/lint.ts';
import type { Finding } from '../dockerfile/rule.ts';
import { jsonTerminalSafe, terminalSafe } from '../shared/terminal-text.ts';
import {
  ConfigError, emptyFlags, fails, readSettingsFlag, settingsFor, SETTINGS_USAGE, type SettingsFlags,
} from './lint-settings.ts';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file; rejects with a Node error (code ENOENT, EISDIR…) when it cannot. */
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  /** Whether a `.dockerignore` sits beside the file. */
  hasDockerignore(path: string): boolean;
}

export const USAGE =
  `usage: shipshape lint [--format json|text] ${SETTINGS_USAGE} <Dockerfile|-> ...`;

interface JsonFinding {
  file: string;
  rule: string;
  severity: Finding['severity'];
  line: number;
  endLine: number;
  message: string;
  related?: Finding['related'];
}

class InputError extends Error {
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

function formatText(file: string, finding: Finding): string {
  const also = finding.related.length > 0
    ? ` [same problem: ${finding.related.map((r) => `${r.rule} line ${r.line}`).join(', ')}]`
    : '';
  return `${file}:${finding.line}:1 ${finding.severity} ${finding.rule} ${finding.message}${also}`;
}

function toJson(file: string, finding: Finding): JsonFinding {
  const { rule, severity, line, endLine, message, related } = finding;
  return { file, rule, severity, line, endLine, message, ...(related.length ? { related } : {}) };
}

interface Parsed {
  format: 'json' | 'text';
  files: string[];
  settings: SettingsFlags;
}

function parseArgs(argv: readonly string[]): Parsed | string {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') return USAGE;
  if (command !== 'lint') return `unknown command \`${command}\`\n${USAGE}`;
  let format: Parsed['format'] = 'text';
  const files: string[] = [];
  const settings = emptyFlags();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    const used = readSettingsFlag(rest, i, settings);
    if (typeof used === 'string') return `${used}\n${USAGE}`;
    if (used > 0) {
      i += used - 1;
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice('--format='.length) : rest[++i];
      if (value !== 'json' && value !== 'text') {
        return `--format must be \`json\` or \`text\`, got \`${value ?? ''}\`\n${USAGE}`;
      }
      format = value;
    } else if (arg.startsWith('--') || (arg.startsWith('-') && arg !== '-')) {
      return `unknown option \`${arg}\`\n${USAGE}`;
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) return `no Dockerfile given\n${USAGE}`;
  return { format, files, settings };
}

/** Runs the command line; returns the exit code. */
export async function runCli(argv: readonly string[], rawIo: CliIO): Promise<number> {
  // File names and findings quote the input: control characters are escaped on the way out.
  const io: CliIO = { ...rawIo,
    stdout: (text) => rawIo.stdout(terminalSafe(text)),
    stderr: (text) => rawIo.stderr(terminalSafe(text)) };
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    (parsed === USAGE ? io.stdout : io.stderr)(`${parsed}\n`);
    return parsed === USAGE ? 0 : 2;
  }
  let worst = 0;
  const json: JsonFinding[] = [];
  for (const file of parsed.files) {
    const name = file === '-' ? '<stdin>' : file;
    let text: string;
    try {
      const bytes = await (file === '-' ? io.readStdin() : io.readFile(file)).catch((error) => {
        throw new InputError(describeReadError(name, error));
      });
      text = decode(name, bytes);
    } catch (error) {
      io.stderr(`shipshape: ${error instanceof InputError ? error.message : String(error)}\n`);
      worst = 2;
      continue;
    }
    const dockerignore = file === '-' ? undefined : io.hasDockerignore(file);
    let config;
    try {
      config = await settingsFor(io, parsed.settings, file);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      io.stderr(`shipshape: ${error.message}\n`);
      worst = 2;
      continue;
    }
    const { findings } = lintDockerfile(text, {
      fragment: false, settings: config.settings,
      ...(dockerignore === undefined ? {} : { hasDockerignore: dockerignore }),
    });
    if (!config.noFail && fails(findings, config.threshold) && worst === 0) worst = 1;
    if (parsed.format === 'json') for (const f of findings) json.push(toJson(name, f));
    else for (const f of findings) io.stdout(`${formatText(name, f)}\n`);
  }
  if (parsed.format === 'json') {
    rawIo.stdout(`${jsonTerminalSafe(JSON.stringify(json, null, 2))}\n`);
  }
  return worst;
}
