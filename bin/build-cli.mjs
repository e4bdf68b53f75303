#!/usr/bin/env node
/**
 * Outputs stage, command line: bundles the CLI (`src/cli/main.ts` and everything it imports,
 * dependencies included) into one CommonJS script, `.cache/cli/shipshape.cjs`, so that
 * `shipshape lint` starts without loading TypeScript sources and ~140 modules one by one
 * (measured: ~420 ms → about 100 ms, see docs/benchmarks.md). CommonJS, not an ES module: the
 * launcher (`bin/shipshape.js`) runs it through `vm.Script` to keep V8's code cache after a call
 * (an ES module's cache can only be taken before its code runs), and its Node built-ins are
 * `require`d, not imported (an import builds a facade of every export: `node:fs`'s loads its
 * streams). Its first line names the build (`// shipshape-cli <id>`, a hash of the contents),
 * which keys that cache. Beside it, `inputs.json` lists the files the bundle was built from;
 * `bin/shipshape.js` rebuilds when one of them is newer than the bundle.
 *
 * Runs on `npm install` (the `prepare` script), on `npm run build:cli`, and from
 * `bin/shipshape.js` when the bundle is missing or stale. Build output is never committed
 * (`.cache/` is ignored). Plain JavaScript so that the launcher can import it without a TS loader.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE_PATH = join(PROJECT_ROOT, '.cache', 'cli', 'shipshape.cjs');
export const INPUTS_PATH = join(PROJECT_ROOT, '.cache', 'cli', 'inputs.json');

// The sources are ES modules: strict, and `import.meta.url` is the bundle's own URL.
const BANNER = "'use strict';\n" +
  "const shipshapeImportMetaUrl = require('node:url').pathToFileURL(__filename).href;";

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
    format: 'cjs',
    // The bundle is plain JavaScript: it runs on Node 20 as well, unlike the .ts sources.
    target: 'node20',
    minify: true,
    write: false,
    metafile: true,
    banner: { js: BANNER },
    define: { 'import.meta.url': 'shipshapeImportMetaUrl' },
    logLevel: 'silent',
  });
  const [output] = result.outputFiles ?? [];
  const inputs = Object.keys(result.metafile.inputs);
  mkdirSync(dirname(BUNDLE_PATH), { recursive: true });
  // The input list first: a bundle without its list counts as stale, never the reverse.
  writeAtomically(INPUTS_PATH, `${JSON.stringify(inputs)}\n`);
  const contents = output === undefined ? '' : output.text;
  const id = createHash('sha256').update(contents).digest('hex').slice(0, 16);
  writeAtomically(BUNDLE_PATH, `// shipshape-cli ${id}\n${contents}`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildCli().catch((error) => {
    process.stderr.write(`build-cli: ${error instanceof Error ? error.message : error}\n`);
    process.exitCode = 1;
  });
}
