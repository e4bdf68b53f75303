/**
 * Outputs stage, command line: `shipshape build [--content DIR]` builds the guide (`astro build`
 * in shipshape's project folder, output in its `dist/`) from the write-ups in DIR as they are —
 * each a `.md` file or a folder (src/bundle/). DIR is handed to the build as `SHIPSHAPE_CONTENT`
 * (src/loaders/writeups-folder.ts), never copied in; without `--content`, the build takes
 * `SHIPSHAPE_CONTENT` from the environment, else `content/writeups/`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_VARIABLE } from '../loaders/writeups-folder.ts';

export const BUILD_USAGE = `usage: shipshape build [--content DIR]

Builds the guide (site only: \`npm run build\` adds the PDFs) into dist/ of the shipshape folder.

options:
      --content DIR    the folder of write-ups to build from, as it is: each \`.md\` file in it,
                       and each folder with a README.md, DOCKER.md, index.md or only one \`.md\`
                       (default: $${CONTENT_VARIABLE}, else content/writeups)
  -h, --help           show this help`;

export type BuildPlan =
  | { kind: 'help' }
  | { kind: 'error'; message: string }
  | { kind: 'run'; env: Record<string, string>; content: string | undefined };

/** What `shipshape build …` asks for; `cwd` is where a relative `--content` starts. */
export function planBuild(argv: readonly string[], cwd: string): BuildPlan {
  let values: { content?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({ args: [...argv], strict: true, allowPositionals: false,
      options: { content: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    return { kind: 'error', message: `${(error as Error).message}\n${BUILD_USAGE}` };
  }
  if (values.help) return { kind: 'help' };
  if (values.content === undefined) return { kind: 'run', env: {}, content: undefined };
  const content = resolve(cwd, values.content);
  let folder = false;
  try {
    folder = statSync(content).isDirectory();
  } catch {
    return { kind: 'error', message: `--content \`${values.content}\` does not exist; expected ` +
      'a folder of write-ups (`.md` files, or folders with one each)' };
  }
  if (!folder) {
    return { kind: 'error', message: `--content \`${values.content}\` is a file; expected a ` +
      'folder of write-ups (`.md` files, or folders with one each)' };
  }
  return { kind: 'run', env: { [CONTENT_VARIABLE]: content }, content };
}

/** The shipshape project folder: the nearest one above `from` whose package.json is ours. */
export function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'shipshape') {
      return dir;
    }
    if (dirname(dir) === dir) throw new Error('the shipshape project folder was not found');
  }
}

export interface BuildIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Where this module lives (its project folder holds astro). */
  here: string;
}

/** Runs `astro build` with the plan's environment; the build's own output goes to the terminal. */
export function runBuild(argv: readonly string[], io: BuildIO): number {
  const plan = planBuild(argv, io.cwd);
  if (plan.kind === 'help') {
    io.stdout(`${BUILD_USAGE}\n`);
    return 0;
  }
  if (plan.kind === 'error') {
    io.stderr(`shipshape: ${plan.message}\n`);
    return 2;
  }
  const root = projectRoot(io.here);
  if (plan.content !== undefined) io.stderr(`shipshape: building from ${plan.content}\n`);
  // Astro as Node resolves it from the project (its own node_modules, or one above it).
  const astro = join(dirname(createRequire(join(root, 'package.json'))
    .resolve('astro/package.json')), 'bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build'],
    // INIT_CWD (npm's name for it): messages name files outside the project from here.
    { cwd: root, stdio: 'inherit', env: { ...io.env, INIT_CWD: io.cwd, ...plan.env } });
  return result.status ?? 1;
}
