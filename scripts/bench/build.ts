/**
 * Bench helper: runs one clean `astro build` of a temp project and times it.
 *
 * "Clean" means no `dist/`, no `.astro/` and no Astro, Vite or shipshape cache
 * (`node_modules/.astro`, `.vite`, `.cache`: private to the temp project, see node-modules.ts),
 * so every run does the whole work. The build runs under the Node that runs the bench
 * (`process.execPath`).
 * `measureBuild` also reads CPU time and peak memory from GNU time (`/usr/bin/time`), when the
 * machine has it, and can keep the caches (a warm rebuild).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

// `node_modules/.cache` holds shipshape's own caches (Mermaid's diagrams, the cut fonts).
const BUILD_STATE = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite',
  'node_modules/.cache'];

/** A build that exited non-zero; `output` is everything it printed. */
export class BuildError extends Error {
  output: string;

  constructor(message: string, output: string) {
    super(message);
    this.name = 'BuildError';
    this.output = output;
  }
}

async function cleanBuildState(root: string): Promise<void> {
  for (const entry of BUILD_STATE) {
    await rm(join(root, entry), { recursive: true, force: true });
  }
}

function runAstroBuild(root: string, extraEnv: Record<string, string> = {},
  timeFile?: string): Promise<{ code: number | null; output: string }> {
  const astro = join(root, 'node_modules', '.bin', 'astro');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0',
    ...extraEnv };
  const command = [process.execPath, astro, 'build'];
  // GNU time: wall seconds, user and system CPU seconds (the build and every child it waited
  // for), and the peak resident set of the largest of those processes, in KiB.
  const argv = timeFile === undefined ? command
    : [GNU_TIME, '-f', '%e %U %S %M', '-o', timeFile, ...command];
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd: root, env });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

/** Builds `root` from a clean state; resolves to the wall-clock time in milliseconds. */
export async function timeCleanBuild(root: string, label: string): Promise<number> {
  await cleanBuildState(root);
  const start = performance.now();
  const { code, output } = await runAstroBuild(root);
  const elapsed = performance.now() - start;
  if (code !== 0) {
    throw new BuildError(`${label}: \`astro build\` in ${root} exited with ${code}`, output);
  }
  return elapsed;
}

const GNU_TIME = '/usr/bin/time';

/** One build's cost; CPU and memory are undefined without GNU time. */
export interface BuildMeasure {
  wallMs: number;
  cpuMs: number | undefined;
  peakRssBytes: number | undefined;
}

/**
 * Builds `root` (from a clean state unless `clean` is false) with `env` added to the
 * environment, and measures it.
 */
export async function measureBuild(root: string, label: string,
  options: { clean?: boolean; env?: Record<string, string> } = {}): Promise<BuildMeasure> {
  if (options.clean !== false) await cleanBuildState(root);
  const timeDir = existsSync(GNU_TIME) ? await mkdtemp(join(tmpdir(), 'shipshape-time-'))
    : undefined;
  const timeFile = timeDir === undefined ? undefined : join(timeDir, 'time.txt');
  try {
    const start = performance.now();
    const { code, output } = await runAstroBuild(root, options.env, timeFile);
    const wallMs = performance.now() - start;
    if (code !== 0) {
      throw new BuildError(`${label}: \`astro build\` in ${root} exited with ${code}`, output);
    }
    if (timeFile === undefined) return { wallMs, cpuMs: undefined, peakRssBytes: undefined };
    const fields = (await readFile(timeFile, 'utf8')).trim().split('\n').at(-1)!.split(' ')
      .map(Number);
    const [, user = NaN, system = NaN, maxKib = NaN] = fields;
    return { wallMs, cpuMs: (user + system) * 1000, peakRssBytes: maxKib * 1024 };
  } finally {
    if (timeDir !== undefined) await rm(timeDir, { recursive: true, force: true });
  }
}
