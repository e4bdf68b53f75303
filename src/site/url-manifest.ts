/**
 * Site-wide: the public addresses of the guide — every page and every anchor on it — as a
 * committed manifest, so a test notices when one disappears. Pure: reads a built site.
 */
import type { SitePage } from '../checks/site-files.ts';

/** Page path (without base, e.g. `writeups/x/`) → its anchors, sorted. */
export type UrlManifest = Record<string, string[]>;

/**
 * Anchors that are the layout's, not the content's, and may change with Starlight; numbered
 * ones (`dockerfile-2`, and `dockerfile-1-2` where a lesson holds two exercises' first
 * Dockerfiles) follow the order of the page's blocks. `run-here-…-why` says why "Run it here" is
 * off, on a site built without the Python packages.
 */
const LAYOUT_IDS = new RegExp('^(?:_top|theme-icons|starlight__.*|sl-.*|' +
  'dockerfile-\\d+(?:-\\d+)*|walkthrough-\\d+|compare-\\d+-.*|size-chart-.*|mermaid-.*|' +
  'image-.*|run-here-.*-why)$');
/** Pages whose anchors follow the content's diagnostics, not headings anyone links to. */
const VOLATILE_ANCHORS = new Set(['authors/report/']);

export function manifestOf(pages: readonly SitePage[], base = '/'): UrlManifest {
  const manifest: UrlManifest = {};
  for (const page of [...pages].sort((a, b) => a.url.localeCompare(b.url))) {
    if (!page.url.endsWith('/') || page.file === '404.html') continue;
    const path = page.url.slice(base.length);
    manifest[path] = VOLATILE_ANCHORS.has(path) ? []
      : [...page.ids].filter((id) => !LAYOUT_IDS.test(id)).sort();
  }
  return manifest;
}

/**
 * What the built site has that the committed manifest does not list: pages, and anchors on
 * listed pages. An address that is not listed is not protected by `missingUrls`.
 */
export function unlistedUrls(committed: UrlManifest, current: UrlManifest): string[] {
  const unlisted: string[] = [];
  for (const [path, anchors] of Object.entries(current)) {
    const listed = committed[path];
    if (!listed) {
      unlisted.push(`/${path}`);
      continue;
    }
    unlisted.push(...anchors.filter((a) => !listed.includes(a)).map((a) => `/${path}#${a}`));
  }
  return unlisted;
}

export interface Redirect {
  from: string;
  to: string;
}

/** What disappeared: pages with no redirect, anchors no longer on their (redirected) page. */
export function missingUrls(
  committed: UrlManifest,
  current: UrlManifest,
  redirects: readonly Redirect[],
): string[] {
  const missing: string[] = [];
  const target = (path: string) => redirects.find((r) => r.from === `/${path}`)?.to;
  for (const [path, anchors] of Object.entries(committed)) {
    const redirected = target(path);
    const now = current[path] ?? (redirected ? current[redirected.replace(/^\//, '')] : undefined);
    if (!now) {
      missing.push(`/${path} is gone and has no redirect (add one to content/redirects.json)`);
      continue;
    }
    for (const anchor of anchors) {
      if (!now.includes(anchor)) {
        missing.push(`/${path}#${anchor} is gone: keep the heading's wording, or give the ` +
          'new heading an alias anchor');
      }
    }
  }
  return missing;
}
