/**
 * Bench helper (also used by tests/browser/fonts.spec.ts): what a first visit to a page really
 * downloads, read from Chromium's responses — HTML, CSS, scripts (dynamic `import()` included),
 * fonts (only the faces whose unicode-range the page's text needs: a browser decides that, no
 * static reading can) and images — and the page's cumulative layout shift.
 *
 * Bytes are what a server sends: gzip (`node:zlib`, level 9, as the static page weights) for
 * text (HTML, CSS, JS, SVG, JSON), the file as it is for fonts and raster images, which are
 * compressed already.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright';

export const KINDS = ['html', 'css', 'js', 'font', 'image', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export interface Download {
  url: string;
  kind: Kind;
  bytes: number;
}

export interface PageDownloads {
  /** Site path of the page. */
  page: string;
  downloads: Download[];
  bytes: Record<Kind, number>;
  total: number;
  /** Sum of the layout-shift entries without recent input, once fonts and network are done. */
  cls: number;
}

const RESOURCE_KINDS: Record<string, Kind> = {
  document: 'html',
  stylesheet: 'css',
  script: 'js',
  font: 'font',
  image: 'image',
};
const TEXT = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

function kindOf(response: Response): Kind {
  return RESOURCE_KINDS[response.request().resourceType()] ?? 'other';
}

async function downloadOf(response: Response): Promise<Download | undefined> {
  if (response.status() >= 300 || response.url().startsWith('data:')) return undefined;
  const body = await response.body().catch(() => undefined);
  if (body === undefined) return undefined;
  const type = response.headers()['content-type'] ?? '';
  const bytes = TEXT.test(type) ? gzipSync(body, { level: 9 }).length : body.length;
  return { url: response.url(), kind: kindOf(response), bytes };
}

/** Sums layout shifts from the start of the page (`buffered`), as Lighthouse's CLS does. */
export const LAYOUT_SHIFT_SCRIPT = `
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

/**
 * Opens `url` in `page` (a fresh context, so nothing is cached) and records what it downloads
 * until the network is idle and the fonts are loaded. Call `page.addInitScript` with
 * `LAYOUT_SHIFT_SCRIPT` before, for the `cls` figure.
 */
export async function recordPage(page: Page, url: string, label: string): Promise<PageDownloads> {
  const pending: Promise<Download | undefined>[] = [];
  page.on('response', (response) => pending.push(downloadOf(response)));
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.waitForLoadState('networkidle');
  const cls = await page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return (window as unknown as { __layoutShift?: number }).__layoutShift ?? 0;
  });
  const downloads = (await Promise.all(pending)).filter((d) => d !== undefined);
  const bytes = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  for (const download of downloads) bytes[download.kind] += download.bytes;
  const total = downloads.reduce((sum, download) => sum + download.bytes, 0);
  return { page: label, downloads, bytes, total, cls };
}
