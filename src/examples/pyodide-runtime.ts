/**
 * Examples: runs an example's app in Pyodide (CPython in WebAssembly), in Node for the tests and
 * later in a Web Worker for the page. The runtime is prepared as the image would be: the
 * packages archive is unpacked into site-packages, the example's files are written under the
 * final stage's WORKDIR, the final stage's ENV is applied, and the app module is imported.
 * Requests go through Flask's `test_client()` (no sockets in WebAssembly), the app's own
 * unittest suite runs with the standard library's runner, and the HEALTHCHECK is evaluated by
 * asking the path its URL names.
 *
 * One Pyodide instance holds one app at a time: `loadApp` removes the previous app's modules,
 * environment and files first, so the examples can share an instance (a warm start). No Node
 * imports: Node callers pass the packages' bytes and Pyodide's folder (see `pyodide-node.ts`).
 */
import type { PyodideInterface } from 'pyodide';
import type { DockerfileModel, Variable } from '../dockerfile/model.ts';
import { substituteVariables } from '../dockerfile/scope.ts';
import type { TreeFile } from './example-tree.ts';
import { healthcheckTarget } from './run-commands.ts';

export interface PythonOptions {
  /** Pyodide's folder or URL, ending in `/` (`node_modules/pyodide/` in Node). */
  indexURL: string;
  /** The packages archive (`site-packages.zip` from `npm run setup:python`). */
  packages: Uint8Array;
}

export interface Python {
  pyodide: PyodideInterface;
  /** Lines the app and Python printed (stdout and stderr), oldest first. */
  output: string[];
}

/** Loads Pyodide and unpacks the packages into its site-packages. */
export async function startPython({ indexURL, packages }: PythonOptions): Promise<Python> {
  const { loadPyodide } = await import('pyodide');
  const output: string[] = [];
  const pyodide = await loadPyodide({ indexURL, stdout: (line) => output.push(line),
    stderr: (line) => output.push(line) });
  const site = String(pyodide.runPython('import site; site.getsitepackages()[0]'));
  pyodide.unpackArchive(packages, 'zip', { extractDir: site });
  return { pyodide, output };
}

export interface AppRequest {
  method?: string;
  /** Path and query, e.g. `/health`. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface AppResponse {
  status: number;
  /** Header names as Flask sends them; repeated headers joined with `, `. */
  headers: Record<string, string>;
  body: string;
}

export interface TestReport {
  ok: boolean;
  testsRun: number;
  failures: number;
  errors: number;
  skipped: number;
  /** The runner's verbose output (`test_x (tests.test_app.T.test_x) ... ok`). */
  output: string;
}

export interface HealthcheckResult {
  /** The HEALTHCHECK's URL, or undefined when its command names none (the path is then
   * `fallbackPath`). */
  url: string | undefined;
  /** The path asked (from the HEALTHCHECK's URL, else `fallbackPath`). */
  path: string;
  status: number;
  /** 200, as the HEALTHCHECK's command needs. */
  healthy: boolean;
}

export interface LoadedApp {
  workdir: string;
  /** The environment applied from the Dockerfile's ENV (values after substitution). */
  env: Record<string, string>;
  request(request: AppRequest): AppResponse;
  runTests(): TestReport;
  /** What the final stage's HEALTHCHECK reports; undefined when it has none: Docker then
   * keeps no health status at all, so there is nothing to report. */
  healthcheck(fallbackPath?: string): HealthcheckResult | undefined;
}

export interface LoadAppOptions {
  files: readonly TreeFile[];
  model: DockerfileModel;
  /** The module that holds the Flask app, and the app's variable name in it. */
  module?: string;
  variable?: string;
}

/** WORKDIR of the final stage as the image ends up with it (`/` when none). */
export function finalWorkdir(model: DockerfileModel): string {
  let dir = '/';
  for (const instruction of model.stages.at(-1)?.instructions ?? []) {
    if (instruction.keyword !== 'WORKDIR') continue;
    const path = instruction.args[0] ?? '/';
    dir = path.startsWith('/') ? path : `${dir.replace(/\/$/, '')}/${path}`;
  }
  return dir.length > 1 ? dir.replace(/\/+$/, '') : dir;
}

/**
 * ENV of the final stage (and of the stages it is built FROM), in order, each value's `$VAR`s
 * substituted with what was set before it, as Docker does. A variable the base image sets
 * (`$PATH`) stays as written; `loadApp` expands it against Python's own environment.
 */
export function finalEnvironment(model: DockerfileModel): Record<string, string> {
  const chain: number[] = [];
  let stage = model.stages.at(-1);
  while (stage !== undefined && !chain.includes(stage.index)) {
    chain.unshift(stage.index);
    const image = stage.resolvedImage.toLowerCase();
    stage = model.stages.find((other) => other.index < (stage?.index ?? 0)
      && other.name?.toLowerCase() === image);
  }
  const scope = new Map<string, Variable>();
  const env: Record<string, string> = {};
  for (const index of chain) {
    for (const [name, variable] of scope) if (variable.kind === 'ARG') scope.delete(name);
    for (const variable of model.variables) {
      if (variable.stage !== index || variable.value === undefined) continue;
      const value = substituteVariables(variable.value, scope);
      scope.set(variable.name, { ...variable, value });
      if (variable.kind === 'ENV') env[variable.name] = value;
    }
  }
  return env;
}

const PRELUDE = `
import json, os, sys, importlib, io, unittest

def _shipshape_reset(workdir, env_json, previous_json, modules_json):
    for name in list(sys.modules):
        if name.split('.')[0] in json.loads(modules_json):
            del sys.modules[name]
    for key, value in json.loads(previous_json).items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    saved = {}
    for key, value in json.loads(env_json).items():
        saved[key] = os.environ.get(key)
        # $PATH and the like refer to the environment the image inherits: expand against ours.
        os.environ[key] = os.path.expandvars(value)
    if os.environ.get('PYTHONDONTWRITEBYTECODE'):
        sys.dont_write_bytecode = True
    os.chdir(workdir)
    if workdir not in sys.path:
        sys.path.insert(0, workdir)
    importlib.invalidate_caches()
    return json.dumps(saved)

def _shipshape_request(app, method, path, headers_json, body):
    response = app.test_client().open(path, method=method, headers=json.loads(headers_json),
                                      data=body)
    headers = {}
    for key, value in response.headers.items():
        headers[key] = headers[key] + ', ' + value if key in headers else value
    return json.dumps({'status': response.status_code, 'headers': headers,
                       'body': response.get_data(as_text=True)})

def _shipshape_tests(workdir):
    stream = io.StringIO()
    suite = unittest.TestLoader().discover(start_dir=workdir, top_level_dir=workdir)
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    return json.dumps({'ok': result.wasSuccessful(), 'testsRun': result.testsRun,
                       'failures': len(result.failures), 'errors': len(result.errors),
                       'skipped': len(result.skipped), 'output': stream.getvalue()})
`;

interface State {
  files: string[];
  previousEnv: string;
  modules: string[];
}

const states = new WeakMap<PyodideInterface, State>();

/** Top-level module names the tree provides (`app`, `tests`), removed when the next app loads. */
function topModules(files: readonly TreeFile[]): string[] {
  return [...new Set(files.flatMap((file) => {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:\.py$|\/)/.exec(file.path);
    return match?.[1] === undefined ? [] : [match[1]];
  }))];
}

/** Puts an example in the instance (replacing the previous one) and imports its app. */
export function loadApp(python: Python, options: LoadAppOptions): LoadedApp {
  const { pyodide } = python;
  const { files, model } = options;
  const moduleName = options.module ?? 'app';
  const variable = options.variable ?? 'app';
  const workdir = finalWorkdir(model);
  const env = finalEnvironment(model);
  const state = states.get(pyodide);
  if (state === undefined) pyodide.runPython(PRELUDE);
  for (const path of state?.files ?? []) {
    if (pyodide.FS.analyzePath(path).exists) pyodide.FS.unlink(path);
  }
  const written: string[] = [];
  for (const file of files) {
    const path = `${workdir === '/' ? '' : workdir}/${file.path}`;
    pyodide.FS.mkdirTree(path.slice(0, path.lastIndexOf('/')) || '/');
    pyodide.FS.writeFile(path, file.data);
    written.push(path);
  }
  const modules = [...new Set([...(state?.modules ?? []), ...topModules(files)])];
  const call = (name: string, ...args: unknown[]) =>
    (pyodide.globals.get(name) as (...a: unknown[]) => string)(...args);
  const previousEnv = call('_shipshape_reset', workdir, JSON.stringify(env),
    state?.previousEnv ?? '{}', JSON.stringify(modules));
  states.set(pyodide, { files: written, previousEnv, modules });
  const app = pyodide.pyimport(moduleName)[variable];

  const request = ({ method = 'GET', path, headers = {}, body = '' }: AppRequest): AppResponse =>
    JSON.parse(call('_shipshape_request', app, method, path, JSON.stringify(headers), body)) as
      AppResponse;
  return {
    workdir,
    env,
    request,
    runTests: () => JSON.parse(call('_shipshape_tests', workdir)) as TestReport,
    healthcheck(fallbackPath = '/health') {
      const instruction = model.stages.at(-1)?.instructions
        .findLast((i) => i.keyword === 'HEALTHCHECK');
      // `HEALTHCHECK NONE` turns off an inherited check: no status either.
      if (instruction === undefined || /^none$/i.test(instruction.args[0] ?? '')) {
        return undefined;
      }
      const target = healthcheckTarget(instruction);
      const path = target?.path ?? fallbackPath;
      const { status } = request({ path });
      return { url: target?.url, path, status, healthy: status === 200 };
    },
  };
}
