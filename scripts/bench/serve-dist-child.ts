/**
 * Benchmark support: serves a built `dist/` from a child process (scripts/serve-dist.ts, the
 * guide's own static server) on a free local port, for the benches that open pages in Chromium.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../serve-dist.ts', import.meta.url));

/** A port nothing listens on now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null
        ? done(address.port) : fail(new Error('no free port'))));
    });
  });
}

/** Serves `dist` on `port`; resolves once the server has said it listens. */
export function serve(dist: string, port: number): Promise<ChildProcess> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [SERVER, '--dir', dist, '--port', String(port)],
      { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout?.once('data', () => done(child));
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`serve-dist exited with ${code}`)));
  });
}
