/**
 * Outputs stage, checks: the guide must work offline, so nothing a page loads by itself may come
 * from another origin — scripts, styles, fonts, images, frames. Links a reader clicks are fine.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { selectAll } from 'hast-util-select';
import { listFiles, type SitePage } from './site-files.ts';

export interface ForeignRequest {
  /** Page URL or CSS file that makes the request. */
  source: string;
  url: string;
}

const FOREIGN = /^(?:https?:)?\/\//i;
/** `<link rel>` values that only describe a page, and load nothing. */
const DESCRIPTIVE_RELS = new Set(['canonical', 'alternate', 'sitemap', 'author', 'license', 'me']);

function loadedUrls(page: SitePage): string[] {
  const urls: string[] = [];
  for (const node of selectAll('[src], [srcset], [poster], object[data]', page.tree)) {
    for (const key of ['src', 'poster', 'data']) {
      const value = node.properties[key];
      if (typeof value === 'string') urls.push(value);
    }
    const srcset = node.properties['srcSet'];
    const set = Array.isArray(srcset) ? srcset.join(',') : typeof srcset === 'string' ? srcset : '';
    urls.push(...set.split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''));
  }
  for (const node of selectAll('link[href]', page.tree)) {
    const rels = [node.properties['rel']].flat().map((rel) => String(rel).toLowerCase());
    if (rels.every((rel) => DESCRIPTIVE_RELS.has(rel))) continue;
    urls.push(String(node.properties['href']));
  }
  return urls.filter((url) => FOREIGN.test(url));
}

function cssUrls(css: string): string[] {
  const found: string[] = [];
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)) {
    const url = match[2] ?? match[4] ?? '';
    if (FOREIGN.test(url)) found.push(url);
  }
  return found;
}

export function checkOffline(pages: readonly SitePage[], outDir: string): ForeignRequest[] {
  const foreign: ForeignRequest[] = [];
  for (const page of pages) {
    for (const url of loadedUrls(page)) foreign.push({ source: page.url, url });
  }
  for (const file of listFiles(outDir, '.css')) {
    for (const url of cssUrls(readFileSync(file, 'utf8'))) {
      foreign.push({ source: relative(outDir, file), url });
    }
  }
  return foreign;
}
