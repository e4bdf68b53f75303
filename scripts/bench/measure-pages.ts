/**
 * Bench helper: the gzipped weight of every HTML page of a built site, split into the page's
 * HTML, the CSS it links and the JS it loads (`<script src>` and inline module scripts, plus
 * their static imports followed recursively). Each file counts once per page; gzip is
 * `node:zlib` at level 9.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findHtmlRefs } from './html-refs.ts';
import { staticImports } from './js-imports.ts';

export interface PageWeight {
  /** Site path of the page: `/`, `/writeups/<name>/`, `/404.html`. */
  page: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

export interface SiteWeight {
  pages: PageWeight[];
  /** References (`page -> url`) that point at no file in `dist/`; not counted. */
  missing: string[];
}

/** Stands in for the site's origin when resolving URLs; anything else is external. */
const ORIGIN = 'http://site.invalid';

/** Reads and gzips files of one `dist/`, each once. */
class DistFiles {
  readonly dist: string;
  readonly #sizes = new Map<string, Promise<number>>();
  readonly #texts = new Map<string, Promise<string>>();

  constructor(dist: string) {
    this.dist = dist;
  }

  text(sitePath: string): Promise<string> {
    let text = this.#texts.get(sitePath);
    if (!text) {
      text = readFile(join(this.dist, ...sitePath.split('/')), 'utf8');
      this.#texts.set(sitePath, text);
    }
    return text;
  }

  gzipSize(sitePath: string): Promise<number> {
    let size = this.#sizes.get(sitePath);
    if (!size) {
      size = readFile(join(this.dist, ...sitePath.split('/'))).then(
        (bytes) => gzipSync(bytes, { level: 9 }).length,
      );
      this.#sizes.set(sitePath, size);
    }
    return size;
  }

  async exists(sitePath: string): Promise<boolean> {
    return this.text(sitePath).then(
      () => true,
      () => false,
    );
  }
}

/** The site path (`/_astro/x.js`) a reference resolves to from `fromSitePath`, if internal. */
function resolveRef(fromSitePath: string, ref: string): string | undefined {
  const url = new URL(ref, new URL(fromSitePath, ORIGIN));
  if (url.origin !== ORIGIN) return undefined;
  const path = decodeURIComponent(url.pathname);
  return path.endsWith('/') ? `${path}index.html` : path;
}

async function listHtmlFiles(dist: string): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => `/${relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
    .sort();
}

function pageLabel(htmlPath: string): string {
  return htmlPath.endsWith('/index.html') ? htmlPath.slice(0, -'index.html'.length) : htmlPath;
}

/** One page's walk over its assets: collects each CSS and JS file once. */
class PageAssets {
  readonly css = new Set<string>();
  readonly js = new Set<string>();
  readonly #files: DistFiles;
  readonly #missing: string[];
  readonly #page: string;

  constructor(files: DistFiles, page: string, missing: string[]) {
    this.#files = files;
    this.#page = page;
    this.#missing = missing;
  }

  async #existing(from: string, ref: string): Promise<string | undefined> {
    const path = resolveRef(from, ref);
    if (path === undefined) return undefined;
    if (await this.#files.exists(path)) return path;
    this.#missing.push(`${this.#page} -> ${ref}`);
    return undefined;
  }

  async addStylesheet(ref: string): Promise<void> {
    const path = await this.#existing(this.#page, ref);
    if (path) this.css.add(path);
  }

  async addScript(from: string, ref: string, module: boolean): Promise<void> {
    const path = await this.#existing(from, ref);
    if (!path || this.js.has(path)) return;
    this.js.add(path);
    if (module) await this.addImportsOf(path, await this.#files.text(path));
  }

  async addImportsOf(from: string, code: string): Promise<void> {
    for (const specifier of staticImports(code)) await this.addScript(from, specifier, true);
  }
}

async function sumGzip(files: DistFiles, paths: Iterable<string>): Promise<number> {
  const sizes = await Promise.all([...paths].map((path) => files.gzipSize(path)));
  return sizes.reduce((total, size) => total + size, 0);
}

async function measurePage(
  files: DistFiles,
  htmlPath: string,
  missing: string[],
): Promise<PageWeight> {
  const refs = findHtmlRefs(await files.text(htmlPath));
  const assets = new PageAssets(files, htmlPath, missing);
  for (const href of refs.stylesheets) await assets.addStylesheet(href);
  for (const script of refs.scripts) await assets.addScript(htmlPath, script.src, script.module);
  for (const code of refs.inlineModules) await assets.addImportsOf(htmlPath, code);
  const html = await files.gzipSize(htmlPath);
  const css = await sumGzip(files, assets.css);
  const js = await sumGzip(files, assets.js);
  return { page: pageLabel(htmlPath), html, css, js, total: html + css + js };
}

/** Measures every `.html` file under `dist`. */
export async function measurePages(dist: string): Promise<SiteWeight> {
  const files = new DistFiles(dist);
  const missing: string[] = [];
  const pages: PageWeight[] = [];
  for (const htmlPath of await listHtmlFiles(dist)) {
    pages.push(await measurePage(files, htmlPath, missing));
  }
  return { pages, missing };
}
