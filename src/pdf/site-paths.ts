/**
 * Outputs stage, PDF: where things are in a built guide. The site may be built under a sub-path
 * (`SHIPSHAPE_BASE=/courses/docker/`): every link in the HTML then starts with that base while
 * the files sit at the root of `dist/`. These helpers find the base in the HTML and turn a link
 * into a site path (`writeups/x/`, no base, no leading slash) and back.
 */
import type { Root } from 'hast';
import { select } from 'hast-util-select';

/** Used only to resolve relative links; never requested. */
const LOCAL_ORIGIN = 'http://site.invalid';

const withSlashes = (base: string): string =>
  `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** The base the pages were built with, read from the URL of their own assets (`_astro/`). */
export function detectBase(tree: Root): string | undefined {
  const asset =
    select('link[rel~="stylesheet"][href*="_astro/"]', tree)?.properties['href'] ??
    select('script[src*="_astro/"]', tree)?.properties['src'];
  if (typeof asset !== 'string') return undefined;
  const path = new URL(asset, LOCAL_ORIGIN).pathname;
  return withSlashes(path.slice(0, path.indexOf('_astro/')));
}

/** `/courses/docker` and `courses/docker/` both mean `/courses/docker/`. */
export const normalizeBase = withSlashes;

/** The public origin of the site (`https://example.org`) from the page's canonical link. */
export function detectOrigin(tree: Root): string | undefined {
  const href = select('link[rel="canonical"]', tree)?.properties['href'];
  if (typeof href !== 'string') return undefined;
  try {
    return new URL(href).origin;
  } catch {
    return undefined;
  }
}

export interface SiteTarget {
  /** Site path without base, e.g. `writeups/x/` or `` for the home page. */
  path: string;
  /** Fragment without `#`, decoded; empty when there is none. */
  hash: string;
}

/**
 * Where a link in a page at `pageUrl` (a URL path with the base) leads inside the site, or
 * `undefined` when it leaves the site (another origin, `mailto:`, outside the base).
 * `origin` is the site's public origin, so absolute links to the site itself count as inside.
 */
export function siteTarget(
  href: string,
  pageUrl: string,
  base: string,
  origin?: string,
): SiteTarget | undefined {
  let url: URL;
  try {
    url = new URL(href, new URL(pageUrl, LOCAL_ORIGIN));
  } catch {
    return undefined;
  }
  const local = url.origin === LOCAL_ORIGIN || (origin !== undefined && url.origin === origin);
  if (!local || !url.pathname.startsWith(base)) return undefined;
  let path = decodeURIComponent(url.pathname.slice(base.length));
  if (path.endsWith('index.html')) path = path.slice(0, -'index.html'.length);
  return { path, hash: decodeURIComponent(url.hash.replace(/^#/, '')) };
}

/** A page's site path (`writeups/x/`) as written in the sidebar, with its slash made sure. */
export function pagePath(target: SiteTarget): string {
  const { path } = target;
  return path === '' || path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
}
