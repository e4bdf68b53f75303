#!/usr/bin/env node
// The `shipshape` command. Runs the bundled CLI (`.cache/cli/shipshape.mjs`, built by
// `bin/build-cli.mjs` on `npm install`), rebuilding it first when it is missing or older than
// one of its sources, so an edit in `src/` is never answered by a stale bundle. If it cannot be
// built (no esbuild, a read-only install), it runs the TypeScript sources, which needs
// Node >= 22.18; `npx shipshape …` inside the project uses the Node 24 that the `node`
// dependency installs.
import { readFileSync, statSync } from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, '.cache', 'cli', 'shipshape.mjs');

/** The bundle exists and no file it was built from changed since (~150 stats, ~1 ms). */
function isFresh() {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(join(root, '.cache', 'cli', 'inputs.json'), 'utf8'));
    return inputs.every((input) => statSync(join(root, input)).mtimeMs <= built);
  } catch {
    return false;
  }
}

// V8 keeps the compiled bundle on disk between calls (Node >= 22.1; a no-op elsewhere).
module.enableCompileCache?.(join(root, '.cache', 'cli', 'v8'));

let ready = isFresh();
if (!ready) {
  try {
    await (await import('./build-cli.mjs')).buildCli();
    ready = true;
  } catch {
    ready = false;
  }
}
await import(ready ? pathToFileURL(bundle).href : '../src/cli/main.ts');
