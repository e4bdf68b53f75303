/**
 * Outputs stage, PDF: a local HTTP server (127.0.0.1, a free port) that serves the built guide's
 * files under its base, so the print documents load the site's own CSS, fonts and images, plus
 * the print documents themselves from memory (nothing is written into `dist/`).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export interface PrintServer {
  /** `http://127.0.0.1:<port><base>` */
  origin: string;
  /** URL of a document registered with `serve()`. */
  serve(name: string, html: string): string;
  close(): Promise<void>;
}

export async function startPrintServer(dist: string, base: string): Promise<PrintServer> {
  const root = resolve(dist);
  const documents = new Map<string, string>();
  const documentPath = (name: string): string => `${base}__pdf/${name}.html`;
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const document = documents.get(pathname);
    if (document !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html'] }).end(document);
      return;
    }
    const rel = pathname.startsWith(base)
      ? normalize(decodeURIComponent(pathname.slice(base.length)))
      : '..';
    const file = join(root, rel);
    if (rel.startsWith('..') || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('Not found');
      return;
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    serve(name, html) {
      documents.set(documentPath(name), html);
      return `${origin}${documentPath(name)}`;
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
