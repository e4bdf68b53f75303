/**
 * Shared by the guide loader (ingest) and the docs route's paths (site): a write-up's rendered
 * HTML kept in a file of its own during `astro build`, not in Astro's content store.
 *
 * Why: Astro hands the whole store to the pages as one JavaScript module, `JSON.parse("…")`, that
 * Rolldown bundles and V8 compiles in time that grows faster than its size. At N = 1000
 * write-ups the store was 73 MB, two thirds of it the write-ups' HTML; the files keep the store
 * small (docs/benchmarks.md, "The write-ups' HTML outside the store").
 *
 * How: the loader writes each write-up's HTML to `<cacheDir>/shipshape-html/<sha256>.html`
 * (content-addressed: an unchanged page is the same file) and stores the rendering with `html`
 * empty and the file's path in `metadata.htmlFile`. The docs route's paths hand Starlight each
 * entry with `rendered.html` read from that file when a page asks for it
 * (src/plugin/starlight-route-keys.ts). Only write-ups move out: they are what grows with N;
 * authored pages, lessons and Starlight's 404 page (read by routes shipshape does not serve)
 * stay in the store. `astro dev` keeps every page in the store (its routes are Starlight's own).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeWholeSync } from './write-whole.ts';

/** The folder, under Astro's cache folder, that holds the write-ups' HTML. */
export const HTML_FOLDER = 'shipshape-html';

const FLAG = Symbol.for('shipshape.htmlOutsideStore');

/**
 * Set by the integration (`astro:config:setup`): whether this run's pages read the write-ups'
 * HTML from files, which only `astro build` with shipshape's docs route does.
 */
export function setHtmlOutsideStore(outside: boolean): void {
  (globalThis as Record<symbol, unknown>)[FLAG] = outside;
}

export function htmlOutsideStore(): boolean {
  return (globalThis as Record<symbol, unknown>)[FLAG] === true;
}

/** What a loader's `renderMarkdown` returns, as far as this module is concerned. */
export interface Rendering {
  html: string;
  metadata?: Record<string, unknown>;
}

/** The file a stored rendering's HTML was moved to, if it was. */
export function htmlFileOf(rendered: Rendering | undefined): string | undefined {
  const file = rendered?.metadata?.['htmlFile'];
  return typeof file === 'string' ? file : undefined;
}

/** The rendering with its HTML in a file under `folder` (written unless there already). */
export function moveHtmlOut<R extends Rendering>(rendered: R, folder: string): R {
  if (htmlFileOf(rendered) !== undefined) return rendered;
  const file = join(folder, `${createHash('sha256').update(rendered.html).digest('hex')}.html`);
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    writeWholeSync(file, rendered.html);
  }
  return { ...rendered, html: '', metadata: { ...rendered.metadata, htmlFile: file } };
}

/**
 * The rendering with its HTML back in it, read from its file; undefined when the file is gone
 * (the cache folder was emptied), so that the page is rendered again.
 */
export function bringHtmlIn<R extends Rendering>(rendered: R): R | undefined {
  const file = htmlFileOf(rendered);
  if (file === undefined) return rendered;
  if (!existsSync(file)) return undefined;
  const { htmlFile: _file, ...metadata } = rendered.metadata ?? {};
  return { ...rendered, html: readFileSync(file, 'utf8'), metadata };
}

/** A rendering's HTML, wherever it is kept. */
export function renderedHtml(rendered: Rendering | undefined): string | undefined {
  const file = htmlFileOf(rendered);
  return file === undefined ? rendered?.html : readFileSync(file, 'utf8');
}

/** The last file read for a page, kept while the page asks for it again. */
let lastRead: { file: string; stamp: string; html: string } | undefined;

/**
 * The HTML in `file`. A page asks four times (its layout, the walkthrough's table-of-contents
 * check, the head's exercises check, the render itself): the last file read is kept, and read
 * again only when another file is asked for or this one changed since (size, modification time).
 */
function readHtmlFile(file: string): string {
  const { size, mtimeMs } = statSync(file);
  const stamp = `${size}:${mtimeMs}`;
  if (lastRead?.file !== file || lastRead.stamp !== stamp) {
    lastRead = { file, stamp, html: readFileSync(file, 'utf8') };
  }
  return lastRead.html;
}

/**
 * The entry as a page renders it: when its HTML is in a file, a copy whose `rendered.html` reads
 * the file when it is asked for (readHtmlFile), so that the HTML of all write-ups is never in
 * memory at once. The stored entry is left as it is.
 */
export function withHtmlRead<E extends { rendered?: Rendering | undefined }>(entry: E): E {
  const rendered = entry.rendered;
  const file = htmlFileOf(rendered);
  if (rendered === undefined || file === undefined) return entry;
  const reading = { ...rendered };
  Object.defineProperty(reading, 'html', {
    enumerable: true,
    get: () => readHtmlFile(file),
  });
  return { ...entry, rendered: reading };
}

/** Removes the files of `folder` that no stored rendering names any more. */
export function pruneHtmlFiles(folder: string, kept: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const file = join(folder, name);
    if (!kept.has(file)) rmSync(file, { force: true });
  }
}

/**
 * Starlight's docs routes, each entry made to read its HTML from its file (`withHtmlRead`).
 * Starlight renders a page from the route it looks up by the page's address in this same list,
 * so the routes' entries are replaced in place; the store's entries are left as they are.
 */
export function readHtmlFromFiles(
  routes: Array<{ entry: { rendered?: Rendering | undefined } }>): void {
  for (const route of routes) route.entry = withHtmlRead(route.entry);
}
