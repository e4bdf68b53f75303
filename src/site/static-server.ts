/**
 * Site-wide: the one local HTTP server for a built guide folder, used by `npm run serve`
 * (`scripts/serve-dist.ts`), the PDF print server, the Playwright tests and the bench. Files are
 * served by `sirv` (a maintained static server) from the listing it takes at start, so a URL can
 * only ever name a file that is inside the folder: nothing is joined onto a path from the URL,
 * and a malformed or hostile URL (`/%E0%A4%A`, `/..%2f..%2fetc/passwd`, `/%00`) is a 404, never
 * a crash. The listing is taken again when the folder is rebuilt (its or its `index.html`'s
 * modification time, inode or size changed), so a server left running never serves a stale
 * build; a body is held to the length its head announced, so a file rewritten while it is
 * served never garbles the connection (and the listing is taken again).
 *
 * The guide is served under its base (`/courses/docker/` when built with `SHIPSHAPE_BASE`); a
 * folder URL without its final slash is redirected to it (relative links need it); a miss gets
 * the site's `404.html` with status 404. Every response carries the site's
 * Content-Security-Policy, as a host should send it (the worker of "Run it here" gets its policy
 * only this way).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import {
  createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { Transform } from 'node:stream';
import { createGzip } from 'node:zlib';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

export interface StaticServerOptions {
  /** The built guide's folder (`dist/`). */
  dir: string;
  /** The base the guide was built for, `/` or e.g. `/courses/docker/`. Default `/`. */
  base?: string;
  /** Port on 127.0.0.1; 0 (the default) takes a free one. */
  port?: number;
  /** HTML documents served from memory at their path (the PDF's print documents). */
  documents?: ReadonlyMap<string, string>;
  /** Gzip text files (HTML, CSS, JS, JSON, SVG) for clients that accept it, as a web host
   * does; the bench's Lighthouse run needs it (Lighthouse's simulated slow 4G takes the bytes
   * the server sent). Default false: tests and the PDF read the files as they are. */
  compress?: boolean;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** `origin` followed by the base. */
  url: string;
  close(): Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const HTML = 'text/html; charset=utf-8';

/** The request handler alone (what `startStaticServer` listens with). */
export function staticHandler(options: Omit<StaticServerOptions, 'port'>): Handler {
  const root = resolve(options.dir);
  const base = folderPath(options.base ?? '/');
  const documents = options.documents ?? new Map<string, string>();
  let listing = readListing(root);
  let stale = false;
  const current = (): Listing => {
    const stamp = buildStamp(root);
    if (stale || stamp !== listing.stamp) listing = readListing(root);
    stale = false;
    return listing;
  };

  const miss = (response: ServerResponse, status = 404): void => {
    const { notFound } = listing;
    if (notFound === undefined || status !== 404) {
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
        .end(status === 404 ? 'Not found' : 'Bad request');
      return;
    }
    response.writeHead(404, { 'content-type': HTML }).end(notFound);
  };

  return (request, response) => {
    response.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    response.setHeader('x-content-type-options', 'nosniff');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const raw = request.url ?? '/';
    if (!raw.startsWith('/')) return miss(response, 400);
    const query = raw.indexOf('?');
    const pathname = query === -1 ? raw : raw.slice(0, query);
    const document = documents.get(pathname);
    if (document !== undefined) {
      response.writeHead(200, { 'content-type': HTML }).end(document);
      return;
    }
    if (`${pathname}/` === base) {
      response.writeHead(301, { location: base }).end();
      return;
    }
    if (!pathname.startsWith(base)) return miss(response);
    const { folders, files } = current();
    const path = `/${pathname.slice(base.length)}`;
    if (!path.endsWith('/') && extname(path) === '' && folders.has(`${decoded(path)}/`)) {
      response.writeHead(301, { location: `${pathname}/${query === -1 ? '' : raw.slice(query)}` })
        .end();
      return;
    }
    request.url = query === -1 ? path : `${path}${raw.slice(query)}`;
    const head = watchHead(request, response, options.compress === true);
    // sirv pipes the file, read to its end, after a head that announced the length it listed.
    // Re-piped here: the body is held to that length (a file rewritten since, even while it
    // was being read, would overrun it and garble the next answer on the connection), gzipped
    // when the head says so, and a read error (a file removed since) drops this answer only.
    response.once('pipe', (source: NodeJS.ReadableStream) => {
      source.unpipe(response);
      source.once('error', () => response.destroy());
      let body = source;
      if (head.length !== undefined) {
        body = body.pipe(heldTo(head.length, (short) => {
          stale = true;
          if (short) response.destroy();
        }));
      }
      if (head.gzip) {
        const gzip = createGzip();
        gzip.once('error', () => response.destroy());
        body = body.pipe(gzip);
      }
      body.pipe(response);
    });
    files(request, response, () => miss(response));
  };
}

interface Listing {
  stamp: string;
  /** Folders that hold an index.html, as `/x/y/`, for the redirect of `/x/y` to `/x/y/`. */
  folders: ReadonlySet<string>;
  notFound: Buffer | undefined;
  files: ReturnType<typeof sirv>;
}

/**
 * When the folder was last rebuilt: its own modification time, and its `index.html`'s time,
 * inode and size. A file system may keep times at a clock tick (a few milliseconds), and a
 * rebuild can fall within one; a rewritten `index.html` still differs in inode or size.
 */
function buildStamp(root: string): string {
  const stamp = (path: string) => {
    try {
      const { mtimeMs, ino, size } = statSync(path);
      return `${mtimeMs}:${ino}:${size}`;
    } catch {
      return 'none';
    }
  };
  return `${stamp(root)} ${stamp(join(root, 'index.html'))}`;
}

function readListing(root: string): Listing {
  const stamp = buildStamp(root);
  const names = existsSync(root) ? readdirSync(root, { recursive: true, encoding: 'utf8' }) : [];
  const folders = new Set(names
    .filter((name) => name === 'index.html' || name.endsWith(`${sep}index.html`))
    .map((name) => `/${name.slice(0, -'index.html'.length).split(sep).join('/')}`));
  const notFoundPage = join(root, '404.html');
  const notFound = existsSync(notFoundPage) ? readFileSync(notFoundPage) : undefined;
  const files = sirv(root, {
    dev: false,
    etag: true,
    extensions: ['html'],
    setHeaders(response, pathname) {
      // mrmime knows the site's types (.wasm, .mjs, .zip…); Pagefind's .pf_* are opaque.
      if (extname(pathname) !== '' && lookup(pathname) === undefined) {
        response.setHeader('content-type', 'application/octet-stream');
      }
    },
  });
  return { stamp, folders, notFound, files };
}

const COMPRESSIBLE = /^(?:text\/|application\/(?:javascript|json|manifest\+json)|image\/svg)/;

/** What the head sirv writes says of the body to follow. */
interface Head {
  /** The length it announced, if any (kept here also when gzip takes it off the head). */
  length: number | undefined;
  /** Whether the body goes out gzipped. */
  gzip: boolean;
}

/**
 * Watches the head sirv writes, and with `compress` changes it for a gzipped body when the
 * client accepts gzip and the file is text (no length, an encoding). Ranges and other statuses
 * are left as sirv answers them.
 */
function watchHead(request: IncomingMessage, response: ServerResponse, compress: boolean): Head {
  const head: Head = { length: undefined, gzip: false };
  const accepts = compress && request.headers.range === undefined &&
    /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  const writeHead = response.writeHead.bind(response) as
    (status: number, headers?: OutgoingHttpHeaders) => ServerResponse;
  response.writeHead = ((status: number, headers: OutgoingHttpHeaders = {}) => {
    const length = Number(headers['Content-Length']);
    head.length = Number.isInteger(length) && length >= 0 ? length : undefined;
    const type = String(headers['Content-Type'] ?? response.getHeader('content-type') ?? '');
    if (!accepts || status !== 200 || !COMPRESSIBLE.test(type)) return writeHead(status, headers);
    head.gzip = true;
    const { 'Content-Length': _length, ...rest } = headers;
    response.removeHeader('content-length');
    return writeHead(status, { ...rest, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
  }) as typeof response.writeHead;
  return head;
}

/**
 * Passes the first `length` bytes and no more. `changed` is called when the file turned out
 * longer or (`short`) shorter than announced: it changed since the listing.
 */
function heldTo(length: number, changed: (short: boolean) => void): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, next) {
      const room = length - seen;
      seen += chunk.length;
      if (seen > length && seen - chunk.length <= length) changed(false);
      next(null, room > 0 ? chunk.subarray(0, room) : undefined);
    },
    flush(done) {
      if (seen < length) changed(true);
      done();
    },
  });
}

const folderPath = (base: string): string => (base.endsWith('/') ? base : `${base}/`);

/** The path as sirv looks it up (`decodeURI`), or the raw path when it is malformed. */
function decoded(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** Serves `dir` under `base` on 127.0.0.1 until `close()`. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const handler = staticHandler(options);
  const server: Server = createServer((request, response) => {
    try {
      handler(request, response);
    } catch {
      // Nothing a request says may stop the server: answer it and go on.
      if (!response.headersSent) response.writeHead(400).end('Bad request');
      else response.destroy();
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${folderPath(options.base ?? '/')}`,
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}
