/**
 * Test helper: `shipshape lint` (bin/shipshape.js) run as a real process, cut off from the
 * machine's user: its own empty home and working directory unless a test gives them, no
 * `XDG_CONFIG_HOME` unless given, no `HADOLINT_*` or `NO_COLOR` variable but those the test sets.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '../../../bin/shipshape.js');

export interface CliRun {
  cwd?: string | undefined;
  home?: string | undefined;
  xdg?: string | undefined;
  /** Variables to set, `HADOLINT_*` ones included. */
  env?: Record<string, string> | undefined;
  input?: string | undefined;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: CliRun = {}): CliResult {
  const variables = options.env ?? {};
  const env: Record<string, string | undefined> = { ...process.env,
    HOME: options.home ?? mkdtempSync(join(tmpdir(), 'shipshape-home-')), ...variables };
  // NO_COLOR turns colour off even when empty (hadolint's reading): only a test sets it.
  if (!('NO_COLOR' in variables)) delete env['NO_COLOR'];
  for (const name of Object.keys(env)) {
    if (name.startsWith('HADOLINT_') && !(name in variables)) delete env[name];
  }
  delete env['XDG_CONFIG_HOME'];
  if (options.xdg !== undefined) env['XDG_CONFIG_HOME'] = options.xdg;
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env,
    cwd: options.cwd ?? mkdtempSync(join(tmpdir(), 'shipshape-cwd-')),
    timeout: 60_000,
    maxBuffer: 512 * 1024 * 1024,
    ...(options.input === undefined ? {} : { input: options.input }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Writes `content` to `name` under `dir` (folders made as needed); returns its path. */
export function writeUnder(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}
