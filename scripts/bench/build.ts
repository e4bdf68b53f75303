/**
 * Bench helper: runs one clean `astro build` of a temp project and times it.
 *
 * "Clean" means no `dist/`, no `.astro/` and no Astro or Vite cache (`node_modules/.astro`,
 * `node_modules/.vite`, private to the temp project, see node-modules.ts), so every run does the
 * whole work. The build runs under the Node that runs the bench (`process.execPath`).
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const BUILD_STATE = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'];

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

function runAstroBuild(root: string): Promise<{ code: number | null; output: string }> {
  const astro = join(root, 'node_modules', '.bin', 'astro');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build'], { cwd: root, env });
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
