/**
 * Site-wide: the Content-Security-Policy of the guide. Every page carries it in a
 * `<meta http-equiv>` (astro.config.mjs, Starlight's `head`), and `static-server.ts` sends the
 * same text as a header on every response.
 *
 * What the built site needs, and no more:
 * - scripts from the site only; inline scripts are allowed (`'unsafe-inline'`) because Starlight's
 *   theme script and our feature scripts are inlined by several stages into every page, so a
 *   hash list could only be written after the build; the pages' HTML comes from sanitized
 *   Markdown (ingest drops `<script>` and `on*=`), so no reader-supplied script reaches them;
 * - `'wasm-unsafe-eval'`: Pyodide (Run it here) and Pagefind (search) compile WebAssembly;
 * - inline styles: Expressive Code and Starlight write `style="--…"` attributes on elements;
 * - images from the site and `data:` (an SVG icon in Starlight's CSS);
 * - `connect-src 'self'`: fetch, XHR, WebSocket, EventSource and beacons stay on the site, which
 *   is what keeps Python in "Run it here" from reaching other origins;
 * - workers from the site (Pagefind's) and from `blob:`: "Run it here" starts its worker from a
 *   blob: module that imports the real script, because only such a worker inherits the page's
 *   policy (a `<meta>` one included); the worker's own confinement refuses to start any.
 * `frame-ancestors` is left out: a `<meta>` policy cannot carry it (browsers warn and ignore it),
 * and the header is meant to say exactly what the pages say.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
