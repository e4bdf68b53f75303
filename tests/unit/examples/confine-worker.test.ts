/**
 * The worker's confinement on a stand-in global scope: only URLs under the site pass, on the
 * scope and on its prototypes, and nothing Python could do puts an original back. (The real
 * worker is tested in Chromium: tests/browser/run-here-confined.spec.ts.)
 */
import { describe, expect, it } from 'vitest';
import { confineToSite, siteUrlCheck } from '../../../src/examples/client/confine-worker.ts';

const SITE = 'http://127.0.0.1:4329/courses/docker/';
const WORKER = `${SITE}pyodide/run-here-worker.js`;

describe('siteUrlCheck', () => {
  const check = siteUrlCheck(SITE, WORKER);
  it.each(['site-packages.zip', './pyodide.asm.wasm', '/courses/docker/pyodide/x.zip',
    `${SITE}examples/`, 'ws://127.0.0.1:4329/courses/docker/socket'])('lets %s through',
    (url) => expect(() => check(url)).not.toThrow());
  it.each(['http://127.0.0.2:4329/courses/docker/', 'https://127.0.0.1:4329/courses/docker/',
    'http://127.0.0.1:4330/courses/docker/', '/elsewhere/', '../../../other/',
    '/courses/docker/../../x', 'http://127.0.0.1:4329@evil.example/courses/docker/',
    'http://user@127.0.0.1:4329/courses/docker/', 'blob:http://127.0.0.1:4329/uuid',
    'data:text/javascript,1', '//evil.example/x', 'wss://127.0.0.1:4329/courses/docker/'])(
    'refuses %s', (url) => expect(() => check(url)).toThrow(/only reaches the site itself/));
});

/** A stand-in worker scope: fetch on a prototype, constructors on the scope. */
function standIn() {
  const calls: string[] = [];
  class Socket {
    readonly url: string;

    constructor(url: string) {
      this.url = url;
      calls.push(`socket ${url}`);
    }
  }
  class Xhr {
    open(_method: string, url: string) {
      calls.push(`xhr ${url}`);
    }
  }
  const prototype = {
    fetch: (input: unknown) => {
      calls.push(`fetch ${String(input)}`);
      return Promise.resolve('ok');
    },
  };
  const scope = Object.assign(Object.create(prototype) as Record<string, unknown>, {
    location: { href: WORKER },
    fetch: prototype.fetch,
    WebSocket: Socket,
    XMLHttpRequest: Xhr,
    importScripts: (...urls: string[]) => calls.push(`import ${urls.join(' ')}`),
    navigator: Object.create({ sendBeacon: (url: string) => calls.push(`beacon ${url}`) }),
  });
  confineToSite(scope, SITE);
  return { scope, prototype, calls, Socket, Xhr };
}

describe('confineToSite', () => {
  const OUT = 'http://127.0.0.2:9/';
  type Fetch = (input: unknown) => Promise<unknown>;

  it('lets the site in and refuses other origins, on the scope and its prototype', async () => {
    const { scope, prototype, calls } = standIn();
    await expect((scope['fetch'] as Fetch)('site-packages.zip')).resolves.toBe('ok');
    await expect((scope['fetch'] as Fetch)(OUT)).rejects.toThrow(/site itself/);
    await expect((prototype.fetch as Fetch)({ url: OUT })).rejects.toThrow(/site itself/);
    expect(() => (scope['importScripts'] as (u: string) => void)(OUT)).toThrow(/site itself/);
    expect(calls).toEqual(['fetch site-packages.zip']);
  });

  it('keeps the replacements in place', async () => {
    const { scope, prototype } = standIn();
    expect(Reflect.deleteProperty(scope, 'fetch')).toBe(false);
    expect(Reflect.set(scope, 'fetch', () => 'original')).toBe(false);
    expect(Reflect.deleteProperty(prototype, 'fetch')).toBe(false);
    await expect((scope['fetch'] as Fetch)(OUT)).rejects.toThrow(/site itself/);
  });

  it('guards constructors, also reached through their prototype', () => {
    const { scope, calls, Socket } = standIn();
    const Guarded = scope['WebSocket'] as typeof Socket;
    expect(() => new Guarded(OUT)).toThrow(/site itself/);
    const viaPrototype = Socket.prototype.constructor as typeof Socket;
    expect(() => new viaPrototype(OUT)).toThrow(/site itself/);
    const socket = new Guarded(`${SITE}socket`);
    expect(socket).toBeInstanceOf(Socket);
    expect(socket).toBeInstanceOf(Guarded);
    expect(calls).toEqual([`socket ${SITE}socket`]);
  });

  it('guards XMLHttpRequest.open and navigator.sendBeacon', () => {
    const { scope, calls, Xhr } = standIn();
    const request = new (scope['XMLHttpRequest'] as typeof Xhr)();
    expect(() => request.open('GET', OUT)).toThrow(/site itself/);
    request.open('GET', 'pyodide.mjs');
    const navigator = scope['navigator'] as { sendBeacon(url: string): unknown };
    expect(navigator.sendBeacon(OUT)).toBe(false);
    expect(calls).toEqual(['xhr pyodide.mjs']);
  });
});
