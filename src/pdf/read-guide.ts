/**
 * Outputs stage, PDF: reads a built guide (`dist/`) into what the PDFs print — the sidebar's
 * groups and pages in order (from a built page's Starlight sidebar, so the PDF always matches the
 * site), each page read from its HTML file when it is needed, plus the site's base, origin,
 * language and name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { parse } from 'parse5';
import { listFiles } from '../checks/site-files.ts';
import { pageKey } from './anchors.ts';
import type { GroupPart, PagePart, Part } from './compose-document.ts';
import { readBuiltPage, type BuiltPage } from './read-page.ts';
import { openRuns, readSidebar, type SidebarItem } from './read-sidebar.ts';
import { detectBase, detectOrigin, normalizeBase, pagePath, siteTarget } from './site-paths.ts';

export class GuideReadError extends Error {
  override name = 'GuideReadError';
}

export interface Guide {
  base: string;
  origin: string | undefined;
  lang: string;
  /** `og:site_name` of the pages (Starlight's `title`). */
  siteName: string;
  /** Title of the home page (`index.html`), when it has one. */
  homeTitle: string | undefined;
  sidebar: SidebarItem[];
  /** The sidebar, each internal link read as a page; external links, empty groups left out. */
  parts: Part[];
}

/**
 * A built page as a tree, without source positions: nothing in the PDF reads them, and they
 * cost a third of the time and memory of parsing (the cohort overview at 1,000 write-ups, 50 MB
 * of HTML: 6.4 → 4.2 s, a peak of 1.9 → 1.2 GB). Otherwise the tree `hast-util-from-html`
 * gives.
 */
const parseHtml = (html: string): Root =>
  fromParse5(parse(html, { scriptingEnabled: false })) as Root;
const readTree = (file: string): Root => parseHtml(readFileSync(file, 'utf8'));

/** The first built page with a sidebar: `index.html` unless it is a splash page. */
function findSidebar(dist: string): { tree: Root; sidebar: SidebarItem[] } {
  const index = join(dist, 'index.html');
  const candidates = [...(existsSync(index) ? [index] : []), ...listFiles(dist, '.html')];
  for (const file of candidates) {
    const tree = readTree(file);
    const sidebar = readSidebar(tree);
    if (sidebar) return { tree, sidebar };
  }
  throw new GuideReadError(
    `${dist}: found no page with a Starlight sidebar (\`nav.sidebar\`), expected a built guide; ` +
      'run `astro build` first or pass the built folder with `--dist`',
  );
}

/** The built file of a sidebar link, or undefined for a link that leaves the site. */
function linkedFile(href: string, dist: string, base: string, origin?: string):
  { path: string; file: string } | undefined {
  const target = siteTarget(href, base, base, origin);
  if (!target) return undefined;
  const path = pagePath(target);
  return { path, file: join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path) };
}

/**
 * The pages read last, kept while their HTML adds up to at most `budget` characters (the last
 * one always): a part's pages are asked for more than once while it is composed, but a guide of
 * a thousand write-ups must never hold all its pages at once. Weak references did not bound it:
 * a target read during one synchronous job stays alive until the job ends, and composing the
 * guide is one job (2.3 GB of trees held at N = 1000, docs/benchmarks.md, pdf1000).
 */
export class PageCache {
  private readonly kept = new Map<string, { page: BuiltPage; size: number }>();
  private size = 0;
  private readonly budget: number;

  constructor(budget: number) {
    this.budget = budget;
  }

  /** The page of `file`, from the cache or read now (and kept, the oldest let go). */
  get(file: string): BuiltPage {
    const known = this.kept.get(file);
    if (known) {
      // Most recently used last.
      this.kept.delete(file);
      this.kept.set(file, known);
      return known.page;
    }
    const html = readFileSync(file, 'utf8');
    const page = readBuiltPage(parseHtml(html), file);
    this.kept.set(file, { page, size: html.length });
    this.size += html.length;
    for (const [oldest, entry] of this.kept) {
      if (this.size <= this.budget || oldest === file) break;
      this.kept.delete(oldest);
      this.size -= entry.size;
    }
    return page;
  }
}

/** HTML characters of the pages kept: a part's two dozen write-ups are about 2 MB. */
export const PAGE_CACHE_CHARS = 8_000_000;

/** A page part whose page is read from `file` when asked for (through `cache`). */
function lazyPage(part: Omit<PagePart, 'page'>, file: string, cache: PageCache): PagePart {
  return Object.defineProperty(part, 'page', {
    enumerable: true,
    get: (): BuiltPage => cache.get(file),
  }) as PagePart;
}

function readParts(items: SidebarItem[], dist: string, base: string, origin: string | undefined,
  cache: PageCache): Part[] {
  const parts: Part[] = [];
  const keys = new Set<string>();
  const visit = (list: SidebarItem[], into: Part[]): void => {
    for (const item of list) {
      if (item.kind === 'group') {
        const group: GroupPart = { kind: 'group', label: item.label, parts: [],
          ...(item.run ? { run: true } : {}) };
        visit(item.items, group.parts);
        if (group.parts.length > 0) into.push(group);
        continue;
      }
      const linked = linkedFile(item.href, dist, base, origin);
      if (!linked) continue;
      const { path, file } = linked;
      if (!existsSync(file)) {
        throw new GuideReadError(
          `${file}: missing; the sidebar links to \`${item.href}\` (${item.label}), expected ` +
            'its built page there; rebuild the site or check the base (`--base`)',
        );
      }
      let key = pageKey(path);
      for (let n = 2; keys.has(key); n++) key = `${pageKey(path)}-${n}`;
      keys.add(key);
      into.push(lazyPage({ kind: 'page', label: item.label, path, key }, file, cache));
    }
  };
  visit(items, parts);
  return parts;
}

const meta = (tree: Root, selector: string): string | undefined => {
  const value = select(selector, tree)?.properties['content'];
  return typeof value === 'string' ? value : undefined;
};

/** `pageCacheChars`: how much of the pages' HTML to keep read (`PageCache`). */
export function readGuide(dist: string, baseOption?: string,
  pageCacheChars = PAGE_CACHE_CHARS): Guide {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new GuideReadError(
      `${join(dist, 'index.html')}: missing, expected a built guide in \`${dist}\`; ` +
        'run `astro build` first or pass the built folder with `--dist`',
    );
  }
  const found = findSidebar(dist);
  const { tree } = found;
  const detected = detectBase(tree);
  const base = normalizeBase(baseOption ?? detected ?? '/');
  const origin = detectOrigin(tree);
  const sidebar = openRuns(found.sidebar, (href) => {
    const linked = linkedFile(href, dist, base, origin);
    return linked && existsSync(linked.file) ? readSidebar(readTree(linked.file)) : undefined;
  });
  const lang = String(select('html', tree)?.properties['lang'] ?? 'en');
  const index = join(dist, 'index.html');
  const homeTitle = existsSync(index)
    ? toString(select('main h1', readTree(index)) ?? { type: 'root', children: [] })
    : '';
  return {
    base,
    origin,
    lang,
    siteName: meta(tree, 'meta[property="og:site_name"]') ?? 'Guide',
    homeTitle: homeTitle.replace(/\s+/g, ' ').trim() || undefined,
    sidebar,
    parts: readParts(sidebar, dist, base, origin, new PageCache(pageCacheChars)),
  };
}

/** Every page of the guide, in order. */
export function guidePages(parts: Part[]): PagePart[] {
  return parts.flatMap((part) => (part.kind === 'page' ? [part] : guidePages(part.parts)));
}
