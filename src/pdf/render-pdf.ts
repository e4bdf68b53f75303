/**
 * Outputs stage, PDF: renders one print document (the front or a part of the body) to PDF with
 * Chromium through Playwright — print media, the site's fonts loaded (every face the text needs,
 * see load-fonts.ts), wide tables fitted, then one render. Every Chromium step has a time limit;
 * running out of it names the document and the step.
 */
import type { Browser, BrowserContext, Page } from 'playwright';
import { fitTables } from './fit-tables.ts';
import { loadFontsForText } from './load-fonts.ts';
import { printedHeadings, type PrintedHeading } from './heading-pages.ts';
import { readPdfPlaces, type PdfPlaces } from './pdf-destinations.ts';

/** Width of the text column of an A4 page with 17 mm side margins (`print.css`), in CSS px. */
const COLUMN_PX = Math.round(((210 - 2 * 17) / 25.4) * 96);

export class RenderTimeoutError extends Error {
  override name = 'RenderTimeoutError';
}

export interface Rendered extends PdfPlaces {
  pdf: Uint8Array;
  /** The printed headings in document order (`heading-pages.ts`), for the merge. */
  headings: PrintedHeading[];
}

/** An open print document: render it, fill in page numbers, render again, close it. */
export interface OpenDocument {
  render(): Promise<Rendered>;
  fillNumbers(numbers: ReadonlyMap<string, number>): Promise<void>;
  close(): Promise<void>;
}

/** `work` within `ms`, else a RenderTimeoutError saying what did not finish in time. */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RenderTimeoutError(
      `${what}: no answer from Chromium after ${(ms / 1000).toFixed(0)} s`)), ms);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

async function loadDocument(page: Page, url: string, step: Step): Promise<void> {
  const { origin } = new URL(url);
  // Everything comes from the local server; a request elsewhere would make the PDF depend on
  // the network.
  await page.route('**/*', (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort(),
  );
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  const response = await step('loading', page.goto(url, { waitUntil: 'load', timeout: 0 }));
  if (!response?.ok()) throw new Error(`print document ${url}: HTTP ${response?.status()}`);
  await step('loading fonts', page.evaluate(() => document.fonts.ready.then(() => undefined)));
  await step('loading fonts', page.evaluate(loadFontsForText));
  await step('fitting tables', page.evaluate(fitTables));
  // Smaller type may need other font files (another unicode-range); wait for those too.
  await step('loading fonts', page.evaluate(() => document.fonts.ready.then(() => undefined)));
}

type Step = <T>(what: string, work: Promise<T>) => Promise<T>;

/**
 * Opens the document at `url` in a context of its own (closing it frees what Chromium held for
 * it). `label` names the document in errors; each step may take `timeoutMs`. Without
 * `background` the sheets are transparent (the page footers, laid over the pages).
 */
export async function openDocument(
  browser: Browser,
  url: string,
  label: string,
  timeoutMs: number,
  { background = true }: { background?: boolean } = {},
): Promise<OpenDocument> {
  const step: Step = (what, work) => withTimeout(work, timeoutMs, `${label}: ${what}`);
  const context: BrowserContext = await step('opening a page',
    browser.newContext({ viewport: { width: COLUMN_PX, height: 1000 } }));
  try {
    const page = await step('opening a page', context.newPage());
    await loadDocument(page, url, step);
    return {
      async render() {
        const headings = await step('printing', page.evaluate(printedHeadings));
        const pdf = await step('printing', page.pdf({
          preferCSSPageSize: true, printBackground: background, outline: true, tagged: true,
        }));
        return { pdf, headings,
          ...(await readPdfPlaces(pdf, headings.map((heading) => heading.id))) };
      },
      async fillNumbers(numbers) {
        await step('filling in page numbers', page.evaluate((entries) => {
          for (const [target, number] of entries) {
            // The contents' numbers and the in-text references (`shared-files.ts`).
            const selector = `[data-toc-target="${CSS.escape(target)}"]`;
            for (const cell of document.querySelectorAll(selector)) {
              cell.textContent = String(number);
            }
          }
        }, [...numbers]));
      },
      close: () => step('closing', context.close()),
    };
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}
