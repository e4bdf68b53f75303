/**
 * Outputs stage, command line entry: wires `runCli` to the process (files, stdin, exit code).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './lint-command.ts';
import { createShellChecker } from '../dockerfile/shellcheck/run-shellcheck.ts';
import { terminalSafe } from '../shared/terminal-text.ts';

/**
 * Where ShellCheck's reports are kept between calls: `$XDG_CACHE_HOME/shipshape/shellcheck`
 * (else `~/.cache/…`), as a CI cache or an editor hook re-lints the same RUNs again and again;
 * none without a home.
 */
function shellcheckCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  const base = env['XDG_CACHE_HOME'] || (env['HOME'] ? join(env['HOME'], '.cache') : undefined);
  return base === undefined ? undefined : join(base, 'shipshape', 'shellcheck');
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

let stdoutReady = false;

/**
 * Writes to standard output, made on first use: `process.stdout` builds its stream when first
 * read (2-3 ms), which a lint call need not pay before it has started ShellCheck. With it,
 * `shipshape lint … | head` (the reader left) stops quietly instead of an EPIPE stack trace.
 */
function writeStdout(text: string): boolean {
  if (!stdoutReady) {
    stdoutReady = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
  return process.stdout.write(text);
}

/**
 * `shipshape build --content DIR`: the guide from a folder of write-ups (build-command.ts,
 * loaded only here: it brings `node:child_process`, which a lint call whose ShellCheck reports
 * are cached never loads).
 */
async function build(): Promise<void> {
  const { runBuild } = await import('./build-command.ts');
  process.exit(runBuild(process.argv.slice(3), {
    stdout: writeStdout,
    stderr: (text) => process.stderr.write(terminalSafe(text)),
    env: process.env, cwd: process.cwd(), here: dirname(fileURLToPath(import.meta.url)),
  }));
}

/**
 * The lint command. A function, not top-level `await`: the bundle is a CommonJS script (see
 * `bin/build-cli.mjs`), which has none.
 */
async function lint(): Promise<void> {
  const cacheDir = shellcheckCacheDir(process.env);
  try {
    process.exitCode = await runCli(process.argv.slice(2), {
      stdout: writeStdout,
      stderr: (text) => process.stderr.write(text),
      // Synchronous on purpose: `fs/promises` costs 10-30 ms of start-up; Dockerfiles are small.
      readFile: async (path) => readFileSync(path),
      readStdin,
      hasDockerignore: (path) => existsSync(join(dirname(path), '.dockerignore')),
      readDockerignore: (path) => {
        try {
          return readFileSync(join(dirname(path), '.dockerignore'), 'utf8');
        } catch {
          return undefined;
        }
      },
      shellcheck: ({ diskCache }) => createShellChecker({ onUnavailable: (reason) =>
        process.stderr.write(`shipshape: shell checks are off: ${terminalSafe(reason)}\n`),
      ...(cacheDir === undefined || !diskCache ? {} : { cacheDir }) }),
      writeFile: async (path, text) => writeFileSync(path, text),
      // Loaded only for `--platform`: a plain `shipshape lint` does not read the dataset.
      imagePlatforms: async () => {
        const { readDataset, DATASET_FILE } = await import('../compare/load-dataset.ts');
        const { publishedPlatforms } = await import('../compare/published-platforms.ts');
        const { projectRoot } = await import('./build-command.ts');
        const root = projectRoot(dirname(fileURLToPath(import.meta.url)));
        return publishedPlatforms(readDataset(join(root, DATASET_FILE)));
      },
      env: process.env,
      cwd: process.cwd(),
    });
  } catch (error) {
    // A bug in shipshape itself: say so in one line, without a stack trace.
    process.stderr.write(
      `shipshape: internal error: ${terminalSafe(String((error as Error).message ?? error))}\n`);
    process.exitCode = 3;
  }
}

// Each catches what it throws: nothing is left to reject.
void (process.argv[2] === 'build' ? build() : lint());
