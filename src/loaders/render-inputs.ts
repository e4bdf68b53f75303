/**
 * Ingest stage, guide loader: what a write-up's rendered page depends on, so that a rebuild
 * renders again only the write-ups whose inputs changed (issue 15: Astro keeps the content
 * store between builds, in `node_modules/.astro/data-store.json`, and clears it itself when the
 * Astro configuration or version changes). A write-up's page is made from its file, its
 * folder's files (the bundle, read by the loader), the files its text names by relative URL
 * (images), the comparison dataset, the site's base and the loader's options, Expressive Code's
 * options (`ec.config.mjs`) and shipshape's own code: the digest covers each. Authored pages
 * are not skipped (they may read other files through directives) and are few.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** shipshape's package folder: its `src/` renders, its lock file pins what renders with it. */
const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGE_FILES = ['package.json', 'package-lock.json'];

function hashFile(hash: ReturnType<typeof createHash>, path: string, name: string): void {
  try {
    hash.update(`${name}\0`).update(readFileSync(path)).update('\0');
  } catch {
    hash.update(`${name}\0(none)\0`);
  }
}

/**
 * A digest of the code that renders a page: every file under shipshape's `src/` (names and
 * contents) and its package files. Reading ~500 small files takes a few milliseconds, once per
 * build.
 */
export function pipelineDigest(packageRoot = PACKAGE_ROOT): string {
  const hash = createHash('sha256');
  const src = join(packageRoot, 'src');
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const path of files) hashFile(hash, path, path.slice(packageRoot.length));
  for (const name of PACKAGE_FILES) hashFile(hash, join(packageRoot, name), name);
  return hash.digest('hex');
}

/** Relative URLs in Markdown links, images and HTML `src`/`href` attributes. */
const LOCAL_TARGET = /\]\(\s*<?([^)\s>]+)|\b(?:src|href)\s*=\s*["']([^"']+)["']/g;
const NOT_LOCAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;

/**
 * The local files a write-up's text names (`![](shot.png)`, `<img src="a.svg">`), each as
 * `path size mtime` (or `path missing`), in order: a changed or added image changes the digest.
 */
export function namedFiles(text: string, filePath: string): string[] {
  const dir = dirname(filePath);
  const targets = new Set<string>();
  for (const match of text.matchAll(LOCAL_TARGET)) {
    const url = match[1] ?? match[2] ?? '';
    if (url === '' || NOT_LOCAL.test(url) || url.startsWith('/')) continue;
    const path = url.split(/[?#]/)[0] ?? '';
    if (path !== '') targets.add(path);
  }
  return [...targets].sort().map((target) => {
    let decoded = target;
    try {
      decoded = decodeURIComponent(target);
    } catch {
      // A malformed escape names no file; the path is kept as written.
    }
    try {
      const { size, mtimeMs } = statSync(resolve(dir, decoded));
      return `${target} ${size} ${mtimeMs}`;
    } catch {
      return `${target} missing`;
    }
  });
}
