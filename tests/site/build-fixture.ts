/**
 * Test helper: builds the guide from a copy of this project with other content and returns the
 * exit code and everything the build printed. The copy lives inside the project (in `.cache/`,
 * ignored by git) so it resolves the same `node_modules` without a symlink, which Astro's
 * compiler does not follow consistently.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

export interface FixtureBuild {
  dir: string;
  code: number | null;
  output: string;
}

export interface FixtureOptions {
  /** Copy the project's own `content/` too (then `files` add to it). */
  withContent?: boolean;
  /** Extra environment for the build, e.g. `SHIPSHAPE_BASE`. */
  env?: Record<string, string>;
}

/** `files` maps paths under the copy (e.g. `content/pages/x.md`) to their bytes or text. */
export function buildFixture(
  files: Record<string, string | Buffer>,
  options: FixtureOptions = {},
): FixtureBuild {
  return build(prepareFixture(files, options), options.env);
}

/** Makes the fixture copy with `files` and returns its folder, unbuilt. */
export function prepareFixture(
  files: Record<string, string | Buffer>,
  options: FixtureOptions = {},
): string {
  mkdirSync(join(root, '.cache'), { recursive: true });
  const dir = mkdtempSync(join(root, '.cache', 'fixture-'));
  const copied = options.withContent ? [...PROJECT_FILES, 'content'] : PROJECT_FILES;
  for (const name of copied) cpSync(join(root, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'content/pages'), { recursive: true });
  mkdirSync(join(dir, 'content/writeups'), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/**
 * The environment of a plain `astro build`. Vitest puts Vite's own variables into the process
 * environment (BASE_URL=/, MODE=test, NODE_ENV=test…); a build inheriting them takes BASE_URL
 * for its base in places (measured: Starlight's sidebar lost the sub-path).
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  const vitestOwn = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  for (const [key, value] of Object.entries(process.env)) {
    if (!vitestOwn.has(key) && !key.startsWith('VITEST')) env[key] = value;
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/** Builds the fixture copy in `dir` (again); `args` go to `astro build` (e.g. `--force`). */
export function build(dir: string, env: Record<string, string> = {}, args: string[] = []):
  FixtureBuild {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'),
    'build', ...args], { cwd: dir, encoding: 'utf8', timeout: 180_000, env: buildEnv(env) });
  return { dir, code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Builds the fixture copy in `dir` without blocking, so that two builds can share the time. */
export function buildAsync(dir: string, env: Record<string, string> = {}): Promise<FixtureBuild> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
      { cwd: dir, env: buildEnv(env), timeout: 180_000 });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.on('close', (code) => resolve({ dir, code, output }));
  });
}

/** Removes a fixture copy (call when its test is done). */
export function removeFixture(build: FixtureBuild): void {
  rmSync(build.dir, { recursive: true, force: true });
}
