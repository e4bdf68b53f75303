/**
 * Examples, "Run it here", Web Worker entry: runs the example's app under Pyodide off the page's
 * main thread. Pyodide (from this script's own folder, `<base>pyodide/`) and the packages are
 * loaded on the first `start` only; later starts reload the app into the same instance, as a
 * restarted container would, which is the warm path. Requests go through `loadApp`'s
 * `test_client()`. Loaded only when the reader presses Run. Before anything else runs, the
 * worker is confined to the site (`confine-worker.ts`): Python reaches no other origin.
 */
import { loadApp, startPython, type LoadedApp, type Python } from '../pyodide-runtime.ts';
import { PACKAGES_FILE } from '../pyodide-asset-names.ts';
import { confineToSite } from './confine-worker.ts';
import type { Started, WorkerCall, WorkerReply } from './worker-protocol.ts';

const scope = self as unknown as {
  postMessage(message: WorkerReply): void;
  onmessage: ((event: MessageEvent<WorkerCall>) => void) | null;
};

// This script sits in `<base>pyodide/` (ASSETS_FOLDER), so the site is the folder above it.
// `import.meta.url`, not `location`: the page starts the worker from a blob: module that
// imports this one (run-here.ts).
confineToSite(self as unknown as Record<string, unknown>, new URL('../', import.meta.url).href);

let python: Promise<Python> | undefined;
let app: LoadedApp | undefined;
let printed = 0;

async function boot(): Promise<Python> {
  const folder = new URL('./', import.meta.url);
  scope.postMessage({ kind: 'progress', text: 'Downloading the Python packages…' });
  const response = await fetch(new URL(PACKAGES_FILE, folder));
  if (!response.ok) {
    throw new Error(`${PACKAGES_FILE}: HTTP ${response.status}; the site was built without `
      + 'the packages (run `npm run setup:python`, then build again)');
  }
  const packages = new Uint8Array(await response.arrayBuffer());
  scope.postMessage({ kind: 'progress', text: 'Starting Python (Pyodide)…' });
  return startPython({ indexURL: folder.href, packages });
}

/** What Python printed since the last reply. */
function newOutput(instance: Python | undefined): string[] {
  if (instance === undefined) return [];
  const lines = instance.output.slice(printed);
  printed = instance.output.length;
  return lines;
}

async function handle(call: WorkerCall): Promise<Started | ReturnType<LoadedApp['request']>> {
  if (call.kind === 'start') {
    const began = performance.now();
    const loaded = python !== undefined;
    python ??= boot();
    const instance = await python;
    const pythonMs = loaded ? 0 : performance.now() - began;
    app = undefined;
    app = loadApp(instance, { files: call.files, model: call.model });
    return { workdir: app.workdir, env: app.env, health: app.healthcheck(), pythonMs };
  }
  if (app === undefined) throw new Error('no app is loaded: start it first');
  return app.request(call.request);
}

scope.onmessage = (event) => {
  const call = event.data;
  handle(call).then(async (result) => {
    scope.postMessage({ id: call.id, ok: true, result, output: newOutput(await python) });
  }, async (error: unknown) => {
    // A failed first boot must not stick: the next Run tries again.
    const instance = await python?.catch(() => undefined);
    if (instance === undefined) python = undefined;
    const text = error instanceof Error ? error.message : String(error);
    scope.postMessage({ id: call.id, ok: false, error: text, output: newOutput(instance) });
  });
};
