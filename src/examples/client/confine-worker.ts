/**
 * Examples, "Run it here": keeps the Python worker on the site. The reader's app runs with
 * Pyodide's `js` module, so Python can call anything the worker's global scope offers; a
 * Content-Security-Policy would stop requests to other origins, but a worker takes its policy
 * only from its own script's response header, which a static host may not send. So before any
 * Python runs, every way the worker has to send a request is replaced, on the global object and
 * on every prototype that holds it (non-writable, non-configurable, so Python cannot put the
 * original back), by one that lets only URLs under the site through: same origin, path under
 * the site's base. Blocked calls fail as the browser's own refusals do (a rejected fetch, a
 * `SecurityError`). What cannot be replaced is listed in this folder's README.
 * Browser-safe; the global scope is passed in, so tests can hand it a stand-in.
 */

/** The parts of a global scope this module touches; all optional, as browsers differ. */
export type Scope = Record<string, unknown>;

export class ConfinedError extends Error {
  override name = 'ConfinedError';
}

type Check = (url: unknown) => void;

const SOCKET_SCHEMES: Record<string, string> = { 'ws:': 'http:', 'wss:': 'https:' };

/**
 * `check(url)` throws unless `url` (resolved against `location`) is under `siteRoot`: the same
 * origin (`ws:`/`wss:` counting as `http:`/`https:`) and a path that starts with the root's.
 */
export function siteUrlCheck(siteRoot: string, location: string): Check {
  const root = new URL(siteRoot);
  return (url) => {
    let target: URL;
    try {
      target = new URL(String(url), location);
    } catch {
      throw refusal(url);
    }
    const protocol = SOCKET_SCHEMES[target.protocol] ?? target.protocol;
    if (protocol !== root.protocol || target.host !== root.host || target.username !== ''
      || target.password !== '' || !target.pathname.startsWith(root.pathname)) {
      throw refusal(url);
    }
  };
}

function refusal(url: unknown): Error {
  const text = `"Run it here" only reaches the site itself, not \`${String(url)}\``;
  // DOMException where the scope has it, as the browser's own refusals are.
  return typeof DOMException === 'function' ? new DOMException(text, 'SecurityError')
    : new ConfinedError(text);
}

/** Defines `name` on `holder` for good: a value no assignment or `delete` can change. */
function pin(holder: object, name: string | symbol, value: unknown): void {
  Object.defineProperty(holder, name, { value, writable: false, configurable: false,
    enumerable: false });
}

/** `scope` and each prototype above it that has `name` as its own property. */
function holders(scope: object, name: string): object[] {
  const found: object[] = [];
  let at: object | null = scope;
  for (; at !== null; at = Object.getPrototypeOf(at) as object | null) {
    if (Object.hasOwn(at, name)) found.push(at);
  }
  return found;
}

/** Replaces a function on the scope and its prototypes; the original runs only after `guard`. */
function guardFunction(scope: Scope, name: string, guard: (args: unknown[]) => void,
  onRefusal: (error: unknown) => unknown = (error) => { throw error; }): void {
  const original = scope[name];
  if (typeof original !== 'function') return;
  const replacement = function (this: unknown, ...args: unknown[]): unknown {
    try {
      guard(args);
    } catch (error) {
      return onRefusal(error);
    }
    return Reflect.apply(original, this, args) as unknown;
  };
  for (const holder of holders(scope, name)) pin(holder, name, replacement);
}

/** Replaces a method on a class's prototype (`XMLHttpRequest.prototype.open`). */
function guardMethod(owner: unknown, name: string, guard: (args: unknown[]) => void): void {
  const prototype = (owner as { prototype?: Record<string, unknown> } | undefined)?.prototype;
  const original = prototype?.[name];
  if (prototype === undefined || typeof original !== 'function') return;
  pin(prototype, name, function (this: unknown, ...args: unknown[]): unknown {
    guard(args);
    return Reflect.apply(original, this, args) as unknown;
  });
}

/**
 * Replaces a constructor (`WebSocket`, `Worker`) with one that checks its first argument; the
 * prototype's `constructor` points at the replacement too, so it is the only way to build one.
 */
function guardConstructor(scope: Scope, name: string, guard: (args: unknown[]) => void): void {
  const Original = scope[name];
  if (typeof Original !== 'function') return;
  const Guarded = function (this: unknown, ...args: unknown[]): object {
    if (new.target === undefined) throw new TypeError(`Failed to construct '${name}'`);
    guard(args);
    return Reflect.construct(Original, args, new.target) as object;
  };
  const prototype = (Original as { prototype: object }).prototype;
  pin(Guarded, 'prototype', prototype);
  Object.setPrototypeOf(Guarded, Object.getPrototypeOf(Original) as object);
  pin(prototype, 'constructor', Guarded);
  for (const holder of holders(scope, name)) pin(holder, name, Guarded);
}

/** The URL a `fetch` call asks for: its first argument, or that Request's `url`. */
function fetchUrl(input: unknown): unknown {
  return typeof input === 'object' && input !== null && 'url' in input
    ? (input as { url: unknown }).url : input;
}

/**
 * Confines `scope` (the worker's `self`) to URLs under `siteRoot`. Call it before any other
 * code of the worker runs; the site's own requests (Pyodide's files, the packages) pass.
 */
export function confineToSite(scope: Scope, siteRoot: string): void {
  const location = String((scope['location'] as { href?: unknown } | undefined)?.href
    ?? siteRoot);
  const check = siteUrlCheck(siteRoot, location);
  const first = (args: unknown[]) => check(args[0]);

  guardFunction(scope, 'fetch', (args) => check(fetchUrl(args[0])),
    (error) => Promise.reject(error));
  guardFunction(scope, 'importScripts', (args) => args.forEach(check));
  guardMethod(scope['XMLHttpRequest'], 'open', (args) => check(args[1]));
  for (const name of ['WebSocket', 'EventSource', 'WebTransport', 'Worker', 'SharedWorker']) {
    guardConstructor(scope, name, first);
  }
  // A font face with a `url()` source fetches it; the worker draws no text, so none at all.
  guardConstructor(scope, 'FontFace', () => {
    throw refusal('a FontFace');
  });
  // Cache.add fetches by itself, not through `fetch`.
  guardMethod(scope['Cache'], 'add', (args) => check(fetchUrl(args[0])));
  guardMethod(scope['Cache'], 'addAll', (args) => {
    for (const request of (args[0] as Iterable<unknown> | undefined) ?? []) {
      check(fetchUrl(request));
    }
  });
  // Workers have no sendBeacon today; a navigator that grows one is guarded all the same.
  const navigator = scope['navigator'];
  if (typeof navigator === 'object' && navigator !== null) {
    guardFunction(navigator as Scope, 'sendBeacon', first, () => false);
  }
}
