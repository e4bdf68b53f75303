/**
 * Outputs stage, PDF: reads a built guide (`dist/`) into what the PDFs print — the sidebar's
 * groups and pages in order (from a built page's Starlight sidebar, so the PDF always matches the
 * site), each page read from its HTML file when it is needed, plus the site's base, origin,
 * language and name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
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

const readTree = (file: string): Root => fromHtml(readFileSync(file, 'utf8'));

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
 * A page part whose page is read from `file` when asked for, and kept only as long as memory
 * allows (a weak reference): a guide of a thousand write-ups never holds all its pages at once,
 * and reading one again gives the same tree.
 */
function lazyPage(part: Omit<PagePart, 'page'>, file: string): PagePart {
  let kept: WeakRef<BuiltPage> | undefined;
  return Object.defineProperty(part, 'page', {
    enumerable: true,
    get(): BuiltPage {
      const known = kept?.deref();
      if (known) return known;
      const page = readBuiltPage(readTree(file), file);
      kept = new WeakRef(page);
      return page;
    },
  }) as PagePart;
}

function readParts(items: SidebarItem[], dist: string, base: string, origin?: string): Part[] {
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
      into.push(lazyPage({ kind: 'page', label: item.label, path, key }, file));
    }
  };
  visit(items, parts);
  return parts;
}

const meta = (tree: Root, selector: string): string | undefined => {
  const value = select(selector, tree)?.properties['content'];
  return typeof value === 'string' ? value : undefined;
};

export function readGuide(dist: string, baseOption?: string): Guide {
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
    parts: readParts(sidebar, dist, base, origin),
  };
}

/** Every page of the guide, in order. */
export function guidePages(parts: Part[]): PagePart[] {
  return parts.flatMap((part) => (part.kind === 'page' ? [part] : guidePages(part.parts)));
}
