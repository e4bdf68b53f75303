/**
 * Bench helper: what a first visit to each page of issue 12's list really costs, in Chromium —
 * bytes by kind (fonts, images and dynamically imported scripts included, see
 * page-downloads.ts), layout shift — beside plain Starlight's page of the same write-up, and
 * Lighthouse's four scores (mobile) for each page. Targets: fonts ≤ 150 KB, everything else
 * ≤ 1.3× plain Starlight's page, CLS 0, Lighthouse 100.
 */
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findBrowser } from '../../src/browser/find-browser.ts';
import { startStaticServer } from '../../src/site/static-server.ts';
import { formatRatio } from './format.ts';
import { CATEGORIES, runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { markdownTable } from './markdown-table.ts';
import { FONT_BUDGET, MEASURED_PAGES } from './measured-pages.ts';
import { LAYOUT_SHIFT_SCRIPT, recordPage, type PageDownloads } from './page-downloads.ts';

export const FIRST_VISIT_PAGES = MEASURED_PAGES;
const RATIO_BUDGET = 1.3;
/** Lighthouse runs per page; the table shows the median run (by performance score). */
export const LIGHTHOUSE_RUNS = 3;

export interface FirstVisitResult {
  shipshape: PageDownloads[];
  /** Plain Starlight's pages of the same paths, where it has one. */
  plain: PageDownloads[];
  lighthouse: LighthouseResult[] | { skipped: string };
}

async function visit(dist: string, pages: readonly string[]): Promise<PageDownloads[]> {
  const server = await startStaticServer({ dir: dist });
  const browser = await chromium.launch({ executablePath: await findBrowser(),
    args: CHROMIUM_ARGS });
  const results: PageDownloads[] = [];
  try {
    for (const path of pages) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript(LAYOUT_SHIFT_SCRIPT);
      const response = await page.request.get(`${server.origin}${path}`);
      if (response.ok()) results.push(await recordPage(page, `${server.origin}${path}`, path));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

/** Per page, the run with the median performance score (then the median LCP) of `runs`. */
export function medianRuns(runs: readonly LighthouseResult[][]): LighthouseResult[] {
  const pages = [...new Set(runs.flat().map((result) => result.page))];
  return pages.map((page) => {
    const ofPage = runs.flatMap((run) => run.filter((result) => result.page === page))
      .sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0)
        || (b.metrics.lcp ?? 0) - (a.metrics.lcp ?? 0));
    const median = ofPage[Math.floor(ofPage.length / 2)];
    if (median === undefined) throw new Error(`no Lighthouse result for ${page}`);
    return { ...median, performanceRuns: ofPage.map((result) => result.scores.performance) };
  });
}

/** Lighthouse `runs` times on each page, the pages served gzipped as a web host serves them. */
export async function lighthouseOn(dist: string, runs = LIGHTHOUSE_RUNS)
  : Promise<FirstVisitResult['lighthouse']> {
  const server = await startStaticServer({ dir: dist, compress: true });
  try {
    const all: LighthouseResult[][] = [];
    for (let run = 0; run < runs; run += 1) {
      all.push(await runLighthouse(server.origin, FIRST_VISIT_PAGES));
    }
    return medianRuns(all);
  } catch (error) {
    return { skipped: error instanceof Error ? error.message : String(error) };
  } finally {
    await server.close();
  }
}

export async function benchFirstVisit(shipshapeDist: string, plainDist: string)
  : Promise<FirstVisitResult> {
  return {
    shipshape: await visit(shipshapeDist, FIRST_VISIT_PAGES),
    plain: await visit(plainDist, FIRST_VISIT_PAGES),
    lighthouse: await lighthouseOn(shipshapeDist),
  };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function firstVisitSection(result: FirstVisitResult): string {
  const plain = new Map(result.plain.map((page) => [page.page, page]));
  const rows = result.shipshape.map((page) => {
    const fonts = page.downloads.filter((download) => download.kind === 'font').length;
    const rest = page.total - page.bytes.font;
    const theirs = plain.get(page.page);
    const ratio = theirs ? formatRatio(rest, theirs.total - theirs.bytes.font) : 'no page';
    return [page.page, kb(page.bytes.html), kb(page.bytes.css), kb(page.bytes.js),
      `${kb(page.bytes.font)} (${fonts})${page.bytes.font > FONT_BUDGET ? ' **over**' : ''}`,
      kb(page.bytes.image), kb(page.total), theirs ? kb(theirs.total) : '–',
      theirs && rest > RATIO_BUDGET * (theirs.total - theirs.bytes.font) ? `**${ratio}**` : ratio,
      page.cls.toFixed(3)];
  });
  const table = markdownTable(['page', 'HTML', 'CSS', 'JS', 'fonts (files)', 'images', 'total',
    'plain total', 'without fonts, ×plain', 'CLS'], rows);
  return '## First visit, in Chromium\n\n' +
    'What a first visit downloads (a fresh browser context, nothing cached; `scripts/bench/' +
    'page-downloads.ts`), read from Chromium\'s responses once the page, its fonts and the ' +
    'network are idle: HTML, CSS, JS (dynamic `import()` included), fonts (the faces the ' +
    'page\'s text needs, by unicode-range), images. Text is counted gzipped (level 9), fonts ' +
    'and raster images as they are. CLS: the layout-shift entries of that load, 1280×800. ' +
    'Plain Starlight has only the write-ups and a landing page. Targets: fonts ≤ 150 KB, ' +
    `everything else ≤ ${RATIO_BUDGET}× plain Starlight's page, CLS 0.\n\n${table}\n\n` +
    lighthouseSection(result.lighthouse);
}

export function lighthouseSection(result: FirstVisitResult['lighthouse']): string {
  if ('skipped' in result) return `### Lighthouse\n\nNot run: ${result.skipped}`;
  const ms = (value?: number): string => (value === undefined ? '–' : `${Math.round(value)} ms`);
  const rows = result.map((page) => [page.page,
    ...CATEGORIES.map((category) => String(page.scores[category] ?? '–')),
    (page.performanceRuns ?? []).map((score) => score ?? '–').join(', '),
    ms(page.metrics.fcp), ms(page.metrics.lcp), ms(page.metrics.tbt),
    (page.metrics.cls ?? 0).toFixed(3)]);
  const table = markdownTable(['page', 'perf.', 'a11y', 'best pr.', 'SEO', 'perf. (runs)', 'FCP',
    'LCP', 'TBT', 'CLS'], rows);
  const failing = [...new Set(result.flatMap((page) => page.failing))];
  return '### Lighthouse (mobile)\n\n' +
    'Lighthouse 12 (`scripts/bench/lighthouse.ts`), default mobile settings (simulated slow 4G, ' +
    '4× CPU slowdown), against the local server sending text gzipped as a web host does ' +
    '(`compress` in `src/site/static-server.ts`: the simulated network counts the bytes the ' +
    'server sent). Each page is run ' +
    `${LIGHTHOUSE_RUNS} times; the row is the run with the median performance score, all runs' ` +
    'scores beside it (they move with the load of a shared machine, TBT most). Only this part: ' +
    '`node scripts/bench-lighthouse.ts` on the current `dist/`.' +
    `\n\n${table}\n\n` +
    (failing.length === 0 ? 'Every scored audit passed.' :
      `Scored audits below full marks on some page: ${failing.join('; ')}.`);
}
