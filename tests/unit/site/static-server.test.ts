/**
 * The one static server: folder URLs, the 404 page, the base, the types the site needs and the
 * CSP header; and that no URL — malformed percent-encoding, encoded or raw `..`, a NUL, a very
 * long path — crashes it or reads a file outside the folder.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/site/content-security-policy.ts';
import { startStaticServer, type StaticServer } from '../../../src/site/static-server.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A GET with the path sent exactly as written (fetch would normalize `..` and encodings). */
function get(origin: string, path: string): Promise<Answer> {
  return new Promise((done, fail) => {
    const { hostname, port } = new URL(origin);
    request({ hostname, port, path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0,
        headers: response.headers, body }));
    }).on('error', fail).end();
  });
}

const outer = mkdtempSync(join(tmpdir(), 'shipshape-serve-'));
const dist = join(outer, 'dist');
const SECRET = 'outside the site';

beforeAll(() => {
  mkdirSync(join(dist, 'guide/page'), { recursive: true });
  mkdirSync(join(dist, 'pyodide'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(dist, '404.html'), '<h1>lost</h1>');
  writeFileSync(join(dist, 'guide/page/index.html'), '<h1>page</h1>');
  for (const name of ['pyodide.asm.wasm', 'pyodide.mjs', 'python_stdlib.zip', 'x.pf_meta']) {
    writeFileSync(join(dist, 'pyodide', name), name);
  }
  writeFileSync(join(outer, 'secret.txt'), SECRET);
});

afterAll(() => rmSync(outer, { recursive: true, force: true }));

describe('startStaticServer at /', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ dir: dist });
  });
  afterAll(() => server.close());

  it('serves files, folders and the 404 page, with the site\'s CSP', async () => {
    const home = await get(server.origin, '/');
    expect([home.status, home.body]).toEqual([200, '<h1>home</h1>']);
    expect(home.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect((await get(server.origin, '/guide/page/')).body).toBe('<h1>page</h1>');
    const redirect = await get(server.origin, '/guide/page?q=1');
    expect([redirect.status, redirect.headers.location]).toEqual([301, '/guide/page/?q=1']);
    const missing = await get(server.origin, '/guide/nothing/');
    expect([missing.status, missing.body]).toEqual([404, '<h1>lost</h1>']);
    expect(missing.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('sends the types the runtime and the downloads need', async () => {
    const type = async (name: string) =>
      (await get(server.origin, `/pyodide/${name}`)).headers['content-type'];
    expect(await type('pyodide.asm.wasm')).toBe('application/wasm');
    expect(await type('pyodide.mjs')).toBe('text/javascript');
    expect(await type('python_stdlib.zip')).toBe('application/zip');
    expect(await type('x.pf_meta')).toBe('application/octet-stream');
  });

  it('answers malformed and hostile URLs with 4xx, reads nothing outside, stays up', async () => {
    const paths = ['/%E0%A4%A', '/%', '/%00', '/%00/index.html', '/..%2f..%2fetc/passwd',
      '/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/guide/../../secret.txt',
      '/..\\secret.txt', '/%5c..%5csecret.txt', '//etc/passwd', `/${'a'.repeat(8000)}`,
      `/${'%E0%A4%A'.repeat(900)}`];
    for (const path of paths) {
      const answer = await get(server.origin, path);
      expect([400, 404], path).toContain(answer.status);
      expect(answer.body, path).not.toContain(SECRET);
      expect(answer.body, path).not.toMatch(/root:/);
    }
    // Beyond Node's header limit the HTTP layer answers (431) before our handler.
    expect((await get(server.origin, `/${'a'.repeat(20_000)}`)).status).toBe(431);
    expect((await get(server.origin, '/')).status).toBe(200);
  });

  it('survives a file removed after it started (a rebuild under it)', async () => {
    const gone = join(dist, 'pyodide', 'x.pf_meta');
    rmSync(gone);
    await expect(get(server.origin, '/pyodide/x.pf_meta')).rejects.toThrow();
    writeFileSync(gone, 'x.pf_meta');
    expect((await get(server.origin, '/')).status).toBe(200);
  });
});

describe('startStaticServer under a base', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ dir: dist, base: '/courses/docker/',
      documents: new Map([['/courses/docker/__pdf/guide.html', '<h1>print</h1>']]) });
  });
  afterAll(() => server.close());

  it('serves the site under the base only, and documents from memory', async () => {
    expect(server.url).toBe(`${server.origin}/courses/docker/`);
    expect((await get(server.origin, '/courses/docker/guide/page/')).body).toBe('<h1>page</h1>');
    expect((await get(server.origin, '/courses/docker')).headers.location)
      .toBe('/courses/docker/');
    expect((await get(server.origin, '/guide/page/')).status).toBe(404);
    expect((await get(server.origin, '/courses/docker/__pdf/guide.html')).body)
      .toBe('<h1>print</h1>');
    expect((await get(server.origin, '/courses/docker/%E0%A4%A')).status).toBe(404);
  });
});

describe('a server left running while the folder is rebuilt', () => {
  it('serves the new build: new files, changed pages, no stale sizes', async () => {
    const site = mkdtempSync(join(tmpdir(), 'shipshape-rebuild-'));
    writeFileSync(join(site, 'index.html'), '<h1>first build</h1>');
    writeFileSync(join(site, 'old.css'), 'a{}');
    const server = await startStaticServer({ dir: site });
    try {
      expect((await get(server.origin, '/')).body).toBe('<h1>first build</h1>');
      // A rebuild: the folder emptied and written again, with other file names.
      rmSync(join(site, 'old.css'));
      writeFileSync(join(site, 'new.css'), 'b{color:red}');
      writeFileSync(join(site, 'index.html'), '<h1>the second, longer build</h1>');
      expect((await get(server.origin, '/new.css')).status).toBe(200);
      expect((await get(server.origin, '/old.css')).status).toBe(404);
      expect((await get(server.origin, '/')).body).toBe('<h1>the second, longer build</h1>');
    } finally {
      await server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('sees a rebuild that fell within one tick of the file system clock', async () => {
    const site = mkdtempSync(join(tmpdir(), 'shipshape-rebuild-'));
    writeFileSync(join(site, 'index.html'), '<h1>first build</h1>');
    const server = await startStaticServer({ dir: site });
    try {
      expect((await get(server.origin, '/')).body).toBe('<h1>first build</h1>');
      const [folder, page] = [statSync(site), statSync(join(site, 'index.html'))];
      writeFileSync(join(site, 'index.html'), '<h1>the second, longer build</h1>');
      writeFileSync(join(site, 'new.css'), 'b{}');
      // A clock that ticks every few milliseconds: the times read as before the rebuild.
      utimesSync(join(site, 'index.html'), page.atime, page.mtime);
      utimesSync(site, folder.atime, folder.mtime);
      expect((await get(server.origin, '/')).body).toBe('<h1>the second, longer build</h1>');
      expect((await get(server.origin, '/new.css')).body).toBe('b{}');
    } finally {
      await server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('never garbles a connection when a file is rewritten in place at another size', async () => {
    const site = mkdtempSync(join(tmpdir(), 'shipshape-rebuild-'));
    writeFileSync(join(site, 'index.html'), '<h1>home</h1>');
    writeFileSync(join(site, 'a.css'), 'a{}');
    const server = await startStaticServer({ dir: site });
    try {
      expect((await get(server.origin, '/a.css')).body).toBe('a{}');
      writeFileSync(join(site, 'a.css'), 'a{color:red;background:blue}');
      // That one answer may be dropped (its head announced the old length); none is garbled,
      // and the next requests, on a kept-alive connection, get the file as it is now.
      await get(server.origin, '/a.css').catch(() => undefined);
      expect((await get(server.origin, '/a.css')).body).toBe('a{color:red;background:blue}');
      expect((await get(server.origin, '/')).body).toBe('<h1>home</h1>');
    } finally {
      await server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe('startStaticServer with compress', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ dir: dist, compress: true });
  });
  afterAll(() => server.close());

  /** The raw bytes of a GET with `headers`. */
  const raw = (path: string, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: Answer['headers']; body: Buffer }>((done, fail) => {
      const { hostname, port } = new URL(server.origin);
      request({ hostname, port, path, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done({ status: response.statusCode ?? 0,
          headers: response.headers, body: Buffer.concat(chunks) }));
      }).on('error', fail).end();
    });

  it('gzips text for a client that accepts it, as a host does', async () => {
    const zipped = await raw('/guide/page/', { 'accept-encoding': 'gzip, deflate' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['content-length']).toBeUndefined();
    expect(gunzipSync(zipped.body).toString('utf8')).toBe('<h1>page</h1>');
    expect(zipped.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('sends files as they are otherwise: no gzip asked, not text, a miss, a range', async () => {
    const plain = await raw('/guide/page/', {});
    expect([plain.headers['content-encoding'], plain.body.toString()])
      .toEqual([undefined, '<h1>page</h1>']);
    const wasm = await raw('/pyodide/pyodide.asm.wasm', { 'accept-encoding': 'gzip' });
    expect([wasm.headers['content-encoding'], wasm.body.toString()])
      .toEqual([undefined, 'pyodide.asm.wasm']);
    const missing = await raw('/nothing/', { 'accept-encoding': 'gzip' });
    expect([missing.status, missing.headers['content-encoding'], missing.body.toString()])
      .toEqual([404, undefined, '<h1>lost</h1>']);
    const range = await raw('/index.html', { 'accept-encoding': 'gzip', range: 'bytes=0-3' });
    expect([range.status, range.headers['content-encoding'], range.body.toString()])
      .toEqual([206, undefined, '<h1>']);
  });
});
