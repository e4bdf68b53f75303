/**
 * Examples, "Run it here": what `curl` prints in the page's terminal. `connectionError` decides
 * whether a request would reach the simulated container (published on localhost at the
 * example's port, and only while it runs) and words curl's own error when not; `curlOutput`
 * prints an answer as curl does (`-i`: status line and headers first; `-f`: error 22 on an
 * HTTP error). Pure; browser-safe.
 */
import type { CurlRequest } from './terminal-command.ts';

export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Reason phrases of the statuses a small web app answers with. */
const REASONS: Record<number, string> = {
  200: 'OK', 201: 'CREATED', 202: 'ACCEPTED', 204: 'NO CONTENT', 301: 'MOVED PERMANENTLY',
  302: 'FOUND', 304: 'NOT MODIFIED', 307: 'TEMPORARY REDIRECT', 308: 'PERMANENT REDIRECT',
  400: 'BAD REQUEST', 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 404: 'NOT FOUND',
  405: 'METHOD NOT ALLOWED', 409: 'CONFLICT', 415: 'UNSUPPORTED MEDIA TYPE',
  422: 'UNPROCESSABLE ENTITY', 500: 'INTERNAL SERVER ERROR', 503: 'SERVICE UNAVAILABLE',
};

/** Werkzeug's status line (`HTTP/1.1 404 NOT FOUND`), which is what the real container sends. */
export function statusLine(status: number): string {
  return `HTTP/1.1 ${status} ${REASONS[status] ?? 'UNKNOWN'}`;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '0.0.0.0', '[::1]']);

export interface Published {
  /** The host port the container is published on (`-p PORT:PORT`). */
  port: number;
  /** Whether the container runs (Run was pressed and the app loaded). */
  running: boolean;
}

/** curl's error when the request cannot reach the container; undefined when it can. */
export function connectionError(request: CurlRequest, published: Published): string | undefined {
  const where = `${request.host} port ${request.port}`;
  if (!LOCAL_HOSTS.has(request.host)) {
    return `curl: (6) Could not resolve host: ${request.host}\n(this terminal reaches only `
      + `the simulated container, on localhost:${published.port})`;
  }
  if (request.port !== published.port) {
    return `curl: (7) Failed to connect to ${where}: Connection refused\n(the container is `
      + `published on port ${published.port}: docker run -p ${published.port}:${published.port})`;
  }
  if (request.scheme === 'https') {
    return `curl: (35) error:0A00010B:SSL routines::wrong version number\n(the app serves `
      + `plain HTTP: use http://localhost:${published.port}…)`;
  }
  if (!published.running) {
    return `curl: (7) Failed to connect to ${where}: Connection refused\n(no container is `
      + 'running: press Run first)';
  }
  return undefined;
}

/** What curl prints for an answer, without a trailing newline. */
export function curlOutput(request: CurlRequest, answer: HttpAnswer): string {
  if (request.fail && answer.status >= 400) {
    return `curl: (22) The requested URL returned error: ${answer.status}`;
  }
  const head = [statusLine(answer.status),
    ...Object.entries(answer.headers).map(([name, value]) => `${name}: ${value}`)].join('\n');
  const body = request.headOnly ? '' : answer.body.replace(/\n$/, '');
  if (!request.include) return body;
  return request.headOnly ? head : `${head}\n\n${body}`;
}
