/**
 * The guide's own container serves what `npm run build` made (issue 14, "The guide's own
 * container"): the real nginx runs the repository's `deploy/nginx/default.conf` as it runs in
 * the image (port 8080 there, a free port here), on this `dist/` in place of
 * `/usr/share/nginx/html`. No Docker daemon is needed: the image adds only this file,
 * `dist/` and the base's nginx. Pages, folder redirects without the container's port, the 404
 * page, the headers on every response, module scripts and Pagefind's files are checked.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipUnlessCi } from '../require-or-skip.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/site/content-security-policy.ts';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
const skip = skipUnlessCi(NGINX === undefined
  ? 'nginx is not installed: apt-get install nginx (the container\'s server config is run)'
  : existsSync(join(dist, 'index.html')) ? undefined : 'no dist/: run `npm run build` first');

let server: ChildProcess | undefined;
let dir = '';
let base = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address
        ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The repository's server block, pointed at `dist/` and a free port; nothing else changed. */
function config(port: number): string {
  const server = readFileSync(join(root, 'deploy/nginx/default.conf'), 'utf8');
  expect(server).toContain('listen 8080;');
  expect(server).toContain('root /usr/share/nginx/html;');
  const block = server.replace('listen 8080;', `listen 127.0.0.1:${port};`)
    .replace('root /usr/share/nginx/html;', `root ${dist};`);
  return [
    'daemon off;', 'worker_processes 1;', `pid ${dir}/nginx.pid;`, `error_log ${dir}/error.log;`,
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;', '  default_type application/octet-stream;',
    `  access_log off;`, `  client_body_temp_path ${dir}/body;`, `  proxy_temp_path ${dir}/proxy;`,
    `  fastcgi_temp_path ${dir}/fastcgi;`, `  uwsgi_temp_path ${dir}/uwsgi;`,
    `  scgi_temp_path ${dir}/scgi;`,
    block, '}', '',
  ].join('\n');
}

beforeAll(async () => {
  if (skip || NGINX === undefined) return;
  dir = mkdtempSync(join(tmpdir(), 'shipshape-nginx-'));
  mkdirSync(join(dir, 'body'));
  const port = await freePort();
  writeFileSync(join(dir, 'nginx.conf'), config(port));
  const test = spawnSync(NGINX, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')],
    { encoding: 'utf8' });
  expect(test.status, test.stderr).toBe(0);
  server = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  base = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 100; tries++) {
    if (await fetch(base).then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not answer: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
});

afterAll(() => {
  server?.kill();
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(skip)("the guide's container server, run on dist/", () => {
  it('serves the landing page and a write-up with the policy and nosniff', async () => {
    for (const path of ['/', '/writeups/app_python/', '/cohort/', '/pdf/shipshape-guide.pdf']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(await (await fetch(`${base}/`)).text()).toContain('shipshape');
  });

  it('redirects a folder without its slash, naming no port', async () => {
    const response = await fetch(`${base}/writeups/app_python`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/writeups/app_python/');
  });

  it('answers a missing page with the guide\'s 404 page, headers included', async () => {
    const response = await fetch(`${base}/no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves module scripts as JavaScript and compresses text', async () => {
    const scripts = spawnSync('find', [dist, '-name', '*.mjs', '-print', '-quit'],
      { encoding: 'utf8' }).stdout.trim();
    expect(scripts).not.toBe('');
    const path = scripts.slice(dist.length);
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    const css = spawnSync('find', [join(dist, '_astro'), '-name', '*.css', '-print', '-quit'],
      { encoding: 'utf8' }).stdout.trim();
    const styled = await fetch(`${base}${css.slice(dist.length)}`,
      { headers: { 'accept-encoding': 'gzip' } });
    expect(styled.headers.get('content-encoding')).toBe('gzip');
  });

  it('serves Pagefind\'s index files as opaque bytes', async () => {
    const meta = spawnSync('find', [join(dist, 'pagefind'), '-name', '*.pf_meta', '-print',
      '-quit'], { encoding: 'utf8' }).stdout.trim();
    expect(meta).not.toBe('');
    const response = await fetch(`${base}${meta.slice(dist.length)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
  });
});
