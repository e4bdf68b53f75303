/**
 * Outputs stage, checks: reads a built site (`dist/`) — its HTML pages with their URLs and
 * the ids each page defines — for the link and offline checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

export interface SitePage {
  /** Site URL path of the page, e.g. `/writeups/x/` (with the base). */
  url: string;
  /** File path relative to the output folder. */
  file: string;
  tree: Root;
  ids: Set<string>;
}

export function listFiles(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The URL a file in the output folder is served at. */
export function urlOf(outDir: string, path: string, base = '/'): string {
  const rel = relative(outDir, path).replace(/\\/g, '/');
  const url = rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel;
  return `${base.endsWith('/') ? base : `${base}/`}${url}`;
}

export function readSite(outDir: string, base = '/'): SitePage[] {
  return listFiles(outDir, '.html').map((path) => {
    const tree = fromHtml(readFileSync(path, 'utf8'));
    const ids = new Set(
      selectAll('[id], a[name]', tree).map((node) =>
        String(node.properties['id'] ?? node.properties['name']),
      ),
    );
    return { url: urlOf(outDir, path, base), file: relative(outDir, path), tree, ids };
  });
}
