/**
 * Serves a built guide folder over HTTP on localhost for browser tests (and for a quick look):
 * `node scripts/serve-dist.ts [--dir dist] [--port 4329] [--base /]`. The serving itself is
 * `src/site/static-server.ts` (folder URLs, the 404 page, the base, the site's CSP header).
 */
import { parseArgs } from 'node:util';
import { startStaticServer } from '../src/site/static-server.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4329' },
    base: { type: 'string', default: '/' },
  },
});
const server = await startStaticServer({ dir: values.dir, base: values.base,
  port: Number(values.port) });
console.log(`Serving ${values.dir} at ${server.url}`);
