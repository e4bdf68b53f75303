/**
 * Examples, "Run it here": compiles the Python worker (`client/run-here-worker.ts`) with esbuild
 * into one ES module, which the assets integration writes next to Pyodide and the page fetches
 * only when the reader presses Run. The worker imports Pyodide's loader as the sibling file
 * `./pyodide.mjs` instead of bundling it: Pyodide finds its other files relative to that folder,
 * and the loader's Node branches would otherwise drag Node built-ins into the bundle. Node only
 * (called from the integration, in Astro's config context where source paths are real).
 */
import { build, type Plugin } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { BROWSER_BUNDLE } from '../shared/compile-client-script.ts';

export const WORKER_ENTRY = fileURLToPath(new URL('./client/run-here-worker.ts',
  import.meta.url));

const siblingPyodide: Plugin = {
  name: 'sibling-pyodide',
  setup(context) {
    context.onResolve({ filter: /^pyodide$/ }, () => ({ path: './pyodide.mjs', external: true }));
  },
};

/**
 * The minified worker script, an ES module (start it with `{ type: 'module' }`). Async: esbuild
 * runs plugins in its async API only.
 */
export async function compileWorker(): Promise<string> {
  const result = await build({
    ...BROWSER_BUNDLE,
    entryPoints: [WORKER_ENTRY],
    plugins: [siblingPyodide],
  });
  return result.outputFiles[0]?.text ?? '';
}
