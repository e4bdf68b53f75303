#!/usr/bin/env node
/**
 * Outputs stage, command line: bundles the CLI (`src/cli/main.ts` and everything it imports,
 * dependencies included) into one ES module, `.cache/cli/shipshape.mjs`, so that `shipshape lint`
 * starts without loading TypeScript sources and ~140 modules one by one (measured: ~420 ms →
 * under 150 ms, see docs/benchmarks.md). Beside it, `inputs.json` lists the files the bundle was
 * built from; `bin/shipshape.js` rebuilds when one of them is newer than the bundle.
 *
 * Runs on `npm install` (the `prepare` script), on `npm run build:cli`, and from
 * `bin/shipshape.js` when the bundle is missing or stale. Build output is never committed
 * (`.cache/` is ignored). Plain JavaScript so that the launcher can import it without a TS loader.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE_PATH = join(PROJECT_ROOT, '.cache', 'cli', 'shipshape.mjs');
export const INPUTS_PATH = join(PROJECT_ROOT, '.cache', 'cli', 'inputs.json');

// CommonJS dependencies (dockerfile-utils' vscode packages) call `require`, which an ES module
// bundle does not have: give it one.
const BANNER = "import { createRequire as shipshapeRequire } from 'node:module';\n" +
  'const require = shipshapeRequire(import.meta.url);';

/** Writes to a temporary name first: two first runs at once never read half a bundle. */
function writeAtomically(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

/** Builds the bundle and its input list; resolves when both are on disk. */
export async function buildCli() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: ['src/cli/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    // The bundle is plain JavaScript: it runs on Node 20 as well, unlike the .ts sources.
    target: 'node20',
    minify: true,
    write: false,
    metafile: true,
    banner: { js: BANNER },
    logLevel: 'silent',
  });
  const [output] = result.outputFiles ?? [];
  const inputs = Object.keys(result.metafile.inputs);
  mkdirSync(dirname(BUNDLE_PATH), { recursive: true });
  // The input list first: a bundle without its list counts as stale, never the reverse.
  writeAtomically(INPUTS_PATH, `${JSON.stringify(inputs)}\n`);
  writeAtomically(BUNDLE_PATH, output === undefined ? '' : output.contents);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildCli().catch((error) => {
    process.stderr.write(`build-cli: ${error instanceof Error ? error.message : error}\n`);
    process.exitCode = 1;
  });
}
