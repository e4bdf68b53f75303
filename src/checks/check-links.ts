/**
 * Outputs stage, checks: every internal link of a built site must reach a page or file of the
 * site, and every `#fragment` an element on the target page — or, written `#name=value`, a
 * parameter the target page says it reads from its fragment (`data-fragment-param="name"`, as
 * the playground reads `#dockerfile=…`). Returns one finding per broken link, naming the page
 * and the href.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import type { SitePage } from './site-files.ts';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

function resolveHref(pageUrl: string, href: string): URL {
  return new URL(href, new URL(pageUrl, 'http://site.invalid'));
}

export function checkLinks(pages: readonly SitePage[], outDir: string, base = '/'): BrokenLink[] {
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const anchor of selectAll('a[href]', page.tree)) {
      const href = String(anchor.properties['href']);
      if (EXTERNAL.test(href)) continue;
      const target = resolveHref(page.url, href);
      const path = decodeURIComponent(target.pathname);
      if (!path.startsWith(base)) {
        broken.push({ page: page.url, href, reason: `outside the site base \`${base}\`` });
        continue;
      }
      const targetPage = byUrl.get(path) ?? byUrl.get(`${path}/`);
      if (!targetPage) {
        const file = join(outDir, path.slice(base.length));
        if (!existsSync(file)) {
          broken.push({ page: page.url, href, reason: 'no such page or file' });
        }
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      const param = /^([\w-]+)=/.exec(fragment)?.[1];
      if (param !== undefined && selectAll('[data-fragment-param]', targetPage.tree)
        .some((node) => node.properties['dataFragmentParam'] === param)) continue;
      if (fragment && !targetPage.ids.has(fragment)) {
        broken.push({ page: page.url, href, reason: `no element with id \`${fragment}\`` });
      }
    }
  }
  return broken;
}
