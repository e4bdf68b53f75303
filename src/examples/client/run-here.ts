/**
 * Examples, "Run it here", page script (imported by `run-here-loader.ts`): Build simulates
 * `docker build` on the reader's edited files, keeping every cache key seen so far as BuildKit's
 * cache would; Run starts the Python worker (downloaded on that first click, never before) and
 * loads the last built files into it; the terminal answers `curl` through the worker. Each
 * `[data-run-here]` element is its own widget with its own state.
 */
import { simulateBuild, type SimulationResult } from '../build-simulation.ts';
import { sortTree, type TreeFile } from '../example-tree.ts';
import type { AppResponse } from '../pyodide-runtime.ts';
import { decodeFile, type RunHerePayload } from '../run-here-payload.ts';
import { showBuild } from './show-build.ts';
import { connectionError, curlOutput } from './curl-output.ts';
import { healthVerdict } from './health-verdict.ts';
import { requirementsNote } from './requirements-note.ts';
import { helpText, parseCommand, type CurlRequest } from './terminal-command.ts';
import type { Started, WorkerAnswer, WorkerCall, WorkerReply } from './worker-protocol.ts';

type Call = WorkerCall extends infer C ? (C extends WorkerCall ? Omit<C, 'id'> : never) : never;

function part<T extends Element>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (found === null) throw new Error(`run-here: ${selector} missing from the widget's markup`);
  return found;
}

/** The worker, started on the first Run; calls are matched to replies by id. */
class PythonWorker {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (reply: WorkerAnswer) => void;
    reject: (error: Error) => void }>();
  #next = 1;

  constructor(url: string, onProgress: (text: string) => void) {
    // Started from a one-line blob: module that imports the real script: a worker made from a
    // blob: URL takes the page's Content-Security-Policy (the <meta> one too), which a worker
    // loaded from its own URL does not, so the policy holds there on a host that sends no
    // headers. The worker also confines itself (confine-worker.ts).
    const bootstrap = URL.createObjectURL(new Blob(
      [`import ${JSON.stringify(new URL(url, location.href).href)};\n`],
      { type: 'text/javascript' }));
    this.#worker = new Worker(bootstrap, { type: 'module' });
    this.#worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      URL.revokeObjectURL(bootstrap);
      const reply = event.data;
      if ('kind' in reply) {
        onProgress(reply.text);
        return;
      }
      this.#pending.get(reply.id)?.resolve(reply);
      this.#pending.delete(reply.id);
    };
    this.#worker.onerror = (event) => {
      const error = new Error(`the Python worker (${url}) failed: ${event.message || 'it could '
        + 'not be loaded'}`);
      for (const waiting of this.#pending.values()) waiting.reject(error);
      this.#pending.clear();
    };
  }

  call(call: Call): Promise<WorkerAnswer> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ ...call, id });
    });
  }
}

function setUp(root: HTMLElement): void {
  const data = JSON.parse(part(root, 'script[data-run-here-data]').textContent ?? '') as
    RunHerePayload;
  const editors = [...root.querySelectorAll<HTMLTextAreaElement>('textarea[data-path]')];
  const buildButton = part<HTMLButtonElement>(root, 'button[data-action="build"]');
  const runButton = part<HTMLButtonElement>(root, 'button[data-action="run"]');
  const resetButton = part<HTMLButtonElement>(root, 'button[data-action="reset"]');
  const noCache = part<HTMLInputElement>(root, 'input[data-no-cache]');
  const buildStatus = part(root, '[data-build-status]');
  const buildLog = part(root, '[data-build-log]');
  const sizes = part(root, '[data-sizes]');
  const health = part(root, '[data-health]');
  const output = part(root, '[data-terminal-output]');
  const form = part<HTMLFormElement>(root, 'form[data-terminal]');
  const input = part<HTMLInputElement>(form, 'input');

  const contextFiles = data.files.map(decodeFile);
  const baseImages = new Map(data.baseImages);
  const seenKeys = new Set<string>();
  const encoder = new TextEncoder();
  const signature = () => JSON.stringify(editors.map((editor) => editor.value));
  let image: { files: TreeFile[]; signature: string } | undefined;
  let worker: PythonWorker | undefined;
  let running = false;
  let logs: string[] = [];
  const history: string[] = [];
  let recalled = 0;

  const print = (text: string, kind = 'out') => {
    const line = document.createElement('span');
    line.className = `run-here-${kind}`;
    line.textContent = `${text}\n`;
    output.append(line);
    output.scrollTop = output.scrollHeight;
  };
  const collect = (lines: readonly string[]) => {
    logs = [...logs, ...lines];
  };

  function build(): SimulationResult {
    const files = sortTree([...contextFiles, ...editors.map((editor) => ({
      path: editor.dataset['path'] ?? '', data: encoder.encode(editor.value) }))]);
    const result = simulateBuild({ model: data.model, files, baseImages, tag: data.image,
      previous: noCache.checked ? [] : seenKeys });
    for (const key of result.keys) seenKeys.add(key);
    showBuild({ log: buildLog, sizes, status: buildStatus },
      `${data.buildCommand}${noCache.checked ? ' --no-cache' : ''}`, result);
    image = result.failed ? undefined : { files, signature: signature() };
    return result;
  }

  async function run(): Promise<void> {
    if (!data.runtime.available) return;
    if (image?.signature !== signature()) {
      print('(the files changed since the last build, or nothing was built: building first)',
        'note');
      build();
    }
    const built = image;
    if (built === undefined) {
      print('docker: the build failed; fix it, then press Run again', 'error');
      return;
    }
    print(`$ ${data.runCommand}`, 'prompt');
    // Said before the app starts: it may fail to import for want of the packages pinned.
    const requirements = built.files.find((file) => file.path === 'requirements.txt');
    const note = requirements === undefined ? undefined
      : requirementsNote(new TextDecoder().decode(requirements.data));
    if (note !== undefined) print(note, 'note');
    if (running) print('(the previous container is stopped first)', 'note');
    running = false;
    logs = [];
    const runtime = data.runtime;
    health.textContent = worker === undefined ? 'Loading the Python runtime…' : 'Starting…';
    worker ??= new PythonWorker(runtime.workerUrl, (text) => {
      health.textContent = text;
    });
    let reply: WorkerAnswer;
    try {
      reply = await worker.call({ kind: 'start', files: built.files, model: data.model });
    } catch (error) {
      // The worker itself failed (not found, or crashed): the next Run starts a new one.
      worker = undefined;
      health.textContent = 'The Python runtime could not start.';
      throw error;
    }
    collect(reply.output);
    if (!reply.ok) {
      health.textContent = 'The container exited.';
      print(`The container exited (the app did not start):\n${reply.error}`, 'error');
      return;
    }
    const started = reply.result as Started;
    running = true;
    const env = Object.entries(started.env).map(([name, value]) => `${name}=${value}`);
    print(`Container running (simulated: Python in your browser, WORKDIR ${started.workdir}`
      + `${env.length > 0 ? `, ENV ${env.join(' ')}` : ''})`
      + `${started.pythonMs > 0 ? `; Pyodide loaded in ${(started.pythonMs / 1000)
        .toFixed(1)} s` : ''}.`, 'note');
    health.textContent = healthVerdict(started.health, data.healthPath, data.port);
    print(`Try: curl localhost:${data.port}${data.healthPath}`, 'note');
  }

  async function curl(request: CurlRequest): Promise<void> {
    const refused = connectionError(request, { port: data.port, running });
    if (refused !== undefined || worker === undefined) {
      print(refused ?? 'curl: (7) Connection refused', 'error');
      return;
    }
    const reply = await worker.call({ kind: 'request', request: { method: request.method,
      path: request.path, headers: request.headers, body: request.body ?? '' } });
    collect(reply.output);
    if (!reply.ok) {
      print(`curl: (52) Empty reply from server\n(the app raised: ${reply.error})`, 'error');
      return;
    }
    print(curlOutput(request, reply.result as AppResponse));
  }

  async function command(line: string): Promise<void> {
    print(`$ ${line}`, 'prompt');
    const parsed = parseCommand(line);
    if (parsed.kind === 'curl') await curl(parsed.request);
    else if (parsed.kind === 'help') print(helpText(data.port, data.healthPath));
    else if (parsed.kind === 'clear') output.replaceChildren();
    else if (parsed.kind === 'logs') print(logs.length > 0 ? logs.join('\n') : '(no output yet)');
    else if (parsed.kind === 'error') print(parsed.message, 'error');
    else if (parsed.kind === 'unknown') {
      print(`${parsed.name}: not available in this simulation.\n${helpText(data.port,
        data.healthPath)}`, 'error');
    }
  }

  const guard = (button: HTMLButtonElement, work: () => Promise<void>) => async () => {
    button.disabled = true;
    try {
      await work();
    } catch (error) {
      print(error instanceof Error ? error.message : String(error), 'error');
    } finally {
      button.disabled = false;
    }
  };

  buildButton.addEventListener('click', () => {
    build();
  });
  resetButton.addEventListener('click', () => {
    for (const editor of editors) editor.value = editor.defaultValue;
  });
  if (data.runtime.available) runButton.addEventListener('click', guard(runButton, run));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const line = input.value;
    input.value = '';
    if (line.trim() !== '') history.push(line);
    recalled = history.length;
    void command(line).catch((error: unknown) => {
      print(error instanceof Error ? error.message : String(error), 'error');
    });
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    recalled = Math.max(0, Math.min(history.length, recalled + (event.key === 'ArrowUp' ? -1
      : 1)));
    input.value = history[recalled] ?? '';
  });
  part<HTMLElement>(root, '[data-widget]').hidden = false;
  root.querySelector('[data-needs-js]')?.remove();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-run-here]')) {
  // The component's script may be inlined more than once on a page; set each widget up once.
  if (root.dataset['runHereReady'] === undefined) {
    root.dataset['runHereReady'] = '';
    setUp(root);
  }
}

export {};
