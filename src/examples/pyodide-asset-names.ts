/**
 * Examples, "Run it here": the names of the files the in-page Python runtime downloads when the
 * reader presses Run, all served from the site itself (no CDN) in one folder, `<base>pyodide/`.
 * Measured with Pyodide 0.29 in Chromium: `loadPyodide` fetches exactly `pyodide.asm.js`,
 * `pyodide.asm.wasm`, `python_stdlib.zip` and `pyodide-lock.json` besides the loader
 * `pyodide.mjs`; the package's `pyodide.js`, `.d.ts` and console pages are not needed.
 * Constants only; browser-safe (the worker reads them too).
 */

/** The folder under the site's base. */
export const ASSETS_FOLDER = 'pyodide';
/** The worker script the integration compiles into the folder. */
export const WORKER_FILE = 'run-here-worker.js';
/** The packages archive's name in the folder (`site-packages.zip` of `npm run setup:python`). */
export const PACKAGES_FILE = 'site-packages.zip';
/** Pyodide's own files, copied from `node_modules/pyodide/`. */
export const PYODIDE_FILES = [
  'pyodide.mjs',
  'pyodide.asm.js',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
] as const;
