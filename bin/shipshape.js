#!/usr/bin/env node
// The `shipshape` command. Runs the bundled CLI (`.cache/cli/shipshape.cjs`, built by
// `bin/build-cli.mjs` on `npm install`), rebuilding it first when it is missing or older than
// one of its sources, so an edit in `src/` is never answered by a stale bundle. If it cannot be
// built (no esbuild, a read-only install), it runs the TypeScript sources, which needs
// Node >= 22.18; `npx shipshape …` inside the project uses the Node 24 that the `node`
// dependency installs.
//
// The bundle runs through `vm.Script` with V8's code cache kept beside it
// (`shipshape.cjs.v8`), taken at the end of a `lint` call: a cache taken then holds the
// bytecode of every function the call ran, where Node's own compile cache
// (`module.enableCompileCache`) is taken before the code runs and holds the top level only, so
// each call compiled the parser and the rules again (measured: 30 ms of a 120 ms call's CPU,
// docs/benchmarks.md "CLI startup"). The cache starts with the bundle's build id: a cache of
// another build is not offered to V8 (which checks the source's length, not its text).
import module from 'node:module';

// `node:fs` imported as an ES module builds a facade of all its exports, loading its streams
// (~3 ms): the CommonJS `require` does not.
const require = module.createRequire(import.meta.url);
const { readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');

const root = require('node:url').fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}.cache/cli/shipshape.cjs`;
const codeCache = `${bundle}.v8`;
/** The bundle's first line: `// shipshape-cli <id>`, 16 hex digits of its contents' hash. */
const ID_AT = '// shipshape-cli '.length;
const ID_LENGTH = 16;

/**
 * The bundle exists and no file it was built from changed since (~350 stats, ~2 ms; paths
 * joined by hand: `path.join`, not yet compiled, cost 5-7 ms for as many).
 */
function isFresh() {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(`${root}.cache/cli/inputs.json`, 'utf8'));
    return inputs.every((input) => statSync(root + input).mtimeMs <= built);
  } catch {
    return false;
  }
}

/** V8's code cache for this build of the bundle, if one was kept. */
function readCodeCache(id) {
  try {
    const kept = readFileSync(codeCache);
    return kept.subarray(0, ID_LENGTH).toString('latin1') === id
      ? kept.subarray(ID_LENGTH) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the code cache whole (written aside, then renamed); a read-only install keeps none. */
function keepCodeCache(id, data) {
  const aside = `${codeCache}.${process.pid}.tmp`;
  try {
    writeFileSync(aside, Buffer.concat([Buffer.from(id, 'latin1'), data]));
    renameSync(aside, codeCache);
  } catch {
    // The next call compiles again; nothing else is lost.
  }
}

/** Runs the bundle as Node runs a CommonJS file, with the code cache. */
function runBundle() {
  const vm = require('node:vm');
  const source = readFileSync(bundle, 'utf8');
  const id = source.slice(ID_AT, ID_AT + ID_LENGTH);
  const cachedData = readCodeCache(id);
  // On one line with the bundle's first: its line numbers stay the file's.
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: bundle, ...(cachedData === undefined ? {} : { cachedData }) });
  if ((cachedData === undefined || script.cachedDataRejected) && process.argv[2] === 'lint') {
    process.once('exit', () => keepCodeCache(id, script.createCachedData()));
  }
  const exports = {};
  script.runInThisContext()(exports, module.createRequire(bundle), { exports }, bundle,
    `${root}.cache/cli`);
}

let ready = isFresh();
if (!ready) {
  try {
    await (await import('./build-cli.mjs')).buildCli();
    ready = true;
  } catch {
    ready = false;
  }
}
if (ready) {
  runBundle();
} else {
  // V8 keeps the compiled sources on disk between calls (Node >= 22.1; a no-op elsewhere).
  module.enableCompileCache?.(`${root}.cache/cli/v8`);
  await import('../src/cli/main.ts');
}
