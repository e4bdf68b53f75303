/**
 * Examples, "Run it here", Astro integration: serves the in-page Python runtime from the site
 * itself, under `<base>pyodide/` — Pyodide's files, the packages archive and the compiled worker
 * are written into the build output when the build is done, and answered by a middleware in
 * `astro dev`. Astro writes a site built for a sub-path at the root of `dist/` (the host maps
 * the base onto it), so the folder is `dist/pyodide/` whatever the base; the page asks for it
 * at `<base>pyodide/`. Without the packages (`npm run setup:python` not run, or no registry
 * reachable) nothing is copied and the build says so in one line; example pages then ship a
 * disabled Run button that says the same (see `run-here-data.ts`).
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASSETS_FOLDER, WORKER_FILE } from './pyodide-asset-names.ts';
import { assetBytes, pyodideAssets, unavailableReason } from './pyodide-assets.ts';
import { compileWorker } from './compile-worker.ts';
import { EXAMPLES_DIR } from './read-examples.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.json': 'application/json',
};

function contentType(name: string): string {
  return TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream';
}

/** `examples`: the examples folder from the project root (the plugin's `examples` option). */
export function pyodideAssetsIntegration(examples = EXAMPLES_DIR): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'shipshape:pyodide-assets',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${ASSETS_FOLDER}/`;
        server.middlewares.use((request, response, next) => {
          const path = new URL(request.url ?? '/', 'http://dev.invalid').pathname;
          if (!path.startsWith(prefix)) return next();
          const name = path.slice(prefix.length);
          const assets = pyodideAssets(root);
          if (name === WORKER_FILE) {
            compileWorker().then((code) => {
              response.writeHead(200, { 'content-type': contentType(name) }).end(code);
            }, next);
            return undefined;
          }
          const file = assets.available ? assets.files.find((f) => f.name === name) : undefined;
          if (file === undefined) return next();
          response.writeHead(200, { 'content-type': contentType(name) });
          createReadStream(file.source).pipe(response);
          return undefined;
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // A guide without examples has no page that could press Run: nothing to copy or say.
        if (!existsSync(join(root, examples))) return;
        const assets = pyodideAssets(root);
        if (!assets.available) {
          logger.warn(`"Run it here" is disabled on example pages: ${unavailableReason(
            assets.reason)}`);
          return;
        }
        const folder = new URL(`${ASSETS_FOLDER}/`, dir);
        await mkdir(folder, { recursive: true });
        await Promise.all(assets.files.map((file) => copyFile(file.source,
          new URL(file.name, folder))));
        await writeFile(new URL(WORKER_FILE, folder), await compileWorker());
        logger.info(`Python runtime for "Run it here": ${assets.files.length + 1} files, `
          + `${(assetBytes(assets.files) / 1e6).toFixed(1)} MB in ${ASSETS_FOLDER}/`);
      },
    },
  };
}
