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
 * Runs on `npm install` (the `prepare` script) and on `npm run build:cli`, which then lint a
 * sample once so the launcher keeps V8's code cache, and from `bin/shipshape.js` when the
 * bundle is missing or stale (that call keeps the cache). Build output is never committed
 * (`.cache/` is ignored). Plain JavaScript so that the launcher can import it without a TS loader.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE_PATH = join(PROJECT_ROOT, '.cache', 'cli', 'shipshape.cjs');
export const INPUTS_PATH = join(PROJECT_ROOT, '.cache', 'cli', 'inputs.json');

// The sources are ES modules: strict, and `import.meta.url` is the bundle's own URL.
const BANNER = "'use strict';\n" +
  "const shipshapeImportMetaUrl = require('node:url').pathToFileURL(__filename).href;";

/**
 * `import { z } from 'astro/zod'` read as `import * as z from 'zod/v4'`, the module astro
 * re-exports. Astro's module hands zod's namespace on as a value (`export { mod as z }`), so a
 * bundle keeps all of zod, locales included (463 KB of an 896 KB bundle); imported as a
 * namespace whose properties are read, it keeps what the schemas use. The zod code is only run
 * for a configuration file or `--platform`, but every call read, compiled (from the code cache)
 * and set up the exports of all of it: 5-7 ms of CPU.
 */
const zodNamespace = {
  name: 'zod-namespace',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const from = /^import \{ z \} from 'astro\/zod';$/m;
      return from.test(text)
        ? { loader: 'ts', contents: text.replace(from, "import * as z from 'zod/v4';") }
        : undefined;
    });
  },
};

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
    plugins: [zodNamespace],
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

/** A Dockerfile that takes a lint call through the parser, most rules and ShellCheck. */
const SAMPLE = `# syntax=docker/dockerfile:1
ARG PYTHON_VERSION=3.13
FROM python:\${PYTHON_VERSION}-slim AS build
ENV PIP_NO_CACHE_DIR=1 APP_HOME=/app
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends gcc \\
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt && echo $APP_HOME
FROM python:\${PYTHON_VERSION}-slim
COPY --from=build /usr/local /usr/local
USER 10001
EXPOSE 8000
HEALTHCHECK CMD python -c "print(1)"
CMD ["python", "-m", "app"]
`;

/**
 * One lint call through the launcher, so that it keeps V8's code cache of the new bundle
 * (`bin/shipshape.js`): the first call a user makes (a CI job's) then compiles nothing. Its
 * output is not wanted; `--no-cache` leaves the user's ShellCheck cache alone.
 */
function warmUp() {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-build-cli-'));
  try {
    writeFileSync(join(dir, 'Dockerfile'), SAMPLE);
    spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'shipshape.js'), 'lint', '--no-cache',
      join(dir, 'Dockerfile')], { stdio: 'ignore', timeout: 60_000 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildCli().then(warmUp).catch((error) => {
    process.stderr.write(`build-cli: ${error instanceof Error ? error.message : error}\n`);
    process.exitCode = 1;
  });
}
