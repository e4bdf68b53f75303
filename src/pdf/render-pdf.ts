/**
 * Outputs stage, PDF: renders one print document to PDF with Chromium through Playwright —
 * print media, the site's fonts loaded (every face the text needs, see load-fonts.ts), wide
 * tables fitted, then render
 * passes until the contents' page numbers are stable (at most three).
 */
import type { Browser, Page } from 'playwright';
import type { TocEntry } from './compose-document.ts';
import { fitTables } from './fit-tables.ts';
import { loadFontsForText } from './load-fonts.ts';
import { readPdfPlaces } from './pdf-destinations.ts';
import { sameNumbers, tocPageNumbers, TocNumberError } from './toc-numbers.ts';

/** Width of the text column of an A4 page with 17 mm side margins (`print.css`), in CSS px. */
const COLUMN_PX = Math.round(((210 - 2 * 17) / 25.4) * 96);
const MAX_PASSES = 3;

export interface RenderedPdf {
  pdf: Uint8Array;
  pageCount: number;
  passes: number;
  /** Contents entry target → page number, as printed. */
  numbers: Map<string, number>;
}

async function loadDocument(page: Page, url: string): Promise<void> {
  const { origin } = new URL(url);
  // Everything comes from the local server; a request elsewhere would make the PDF depend on
  // the network.
  await page.route('**/*', (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort(),
  );
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`print document ${url}: HTTP ${response?.status()}`);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.evaluate(loadFontsForText);
  await page.evaluate(fitTables);
  // Smaller type may need other font files (another unicode-range); wait for those too.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function fillNumbers(page: Page, numbers: Map<string, number>): Promise<void> {
  await page.evaluate((entries) => {
    for (const [target, number] of entries) {
      // The contents' numbers and the in-text references (`shared-files.ts`).
      const selector = `[data-toc-target="${CSS.escape(target)}"]`;
      for (const cell of document.querySelectorAll(selector)) cell.textContent = String(number);
    }
  }, [...numbers]);
}

export async function renderPdf(
  browser: Browser,
  url: string,
  toc: TocEntry[],
): Promise<RenderedPdf> {
  const context = await browser.newContext({ viewport: { width: COLUMN_PX, height: 1000 } });
  try {
    const page = await context.newPage();
    await loadDocument(page, url);
    let previous: Map<string, number> | undefined;
    for (let pass = 1; pass <= MAX_PASSES; pass++) {
      const pdf = await page.pdf({
        preferCSSPageSize: true,
        printBackground: true,
        outline: true,
        tagged: true,
      });
      const places = await readPdfPlaces(pdf);
      const numbers = tocPageNumbers(toc, places.destinations);
      if (sameNumbers(previous, numbers)) {
        return { pdf, pageCount: places.pageCount, passes: pass, numbers };
      }
      previous = numbers;
      await fillNumbers(page, numbers);
    }
    throw new TocNumberError(
      `contents page numbers still changed after ${MAX_PASSES} renders of ${url}; expected ` +
        'them to settle (the numbers have a reserved width in print.css — is it still there?)',
    );
  } finally {
    await context.close();
  }
}
