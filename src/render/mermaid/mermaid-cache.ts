/**
 * Render stage, Mermaid: a content-addressed cache of rendered diagrams on disk, so a rebuild
 * whose diagrams did not change starts no browser. The key covers the diagram text, the theme,
 * the id prefix and the Mermaid version.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const MERMAID_VERSION = (require('mermaid/package.json') as { version: string }).version;

export const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'shipshape-mermaid');

/** `settings`: anything else that changes the rendering (theme variables, fonts). */
export function cacheKey(source: string, theme: string, prefix: string, settings = ''): string {
  return createHash('sha256')
    .update(`${MERMAID_VERSION}\0${theme}\0${prefix}\0${settings}\0${source}`)
    .digest('hex');
}

export function readCached(key: string): string | undefined {
  const path = join(CACHE_DIR, `${key}.svg`);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export function writeCached(key: string, svg: string): void {
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(join(CACHE_DIR, `${key}.svg`), svg);
}

/** A short, stable hash of a diagram for its ids. */
export function shortHash(source: string): string {
  return createHash('sha256').update(source).digest('hex').slice(0, 8);
}
