/**
 * Outputs stage, PDF: writes the guide's PDFs — the whole guide (`<out>/shipshape-guide.pdf`) and
 * one per lesson (`<out>/lessons/<slug>.pdf`) — from a built site: reads the guide, composes
 * each PDF's print documents (the front, then the body in parts of bounded size), serves them
 * with the site's assets on 127.0.0.1 and renders them with one Chromium, one at a time:
 * 1. the front with blank page numbers, for its page count;
 * 2. each part once, starting where the previous ones ended; the pages its destinations land on
 *    number the contents (and the references to files an earlier part printed);
 * 3. the front again, numbered; then, in page order, each document (the front, the parts) merged
 *    with "page n of N" laid over its pages (`merge-parts.ts`) and written, one at a time. The
 *    parts wait in a temporary folder until the total is known.
 * A PDF whose body is one part (a lesson) is one document instead — cover, contents, body,
 * "page n of N" by CSS — rendered twice: for where its destinations land, then numbered.
 * A part's document, Chromium's memory and the merge's stay the same size whatever the guide's
 * length.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findBrowser } from '../browser/find-browser.ts';
import {
  composeGuide, type ComposeOptions, type ComposedGuide, type PagePart,
} from './compose-document.ts';
import { FooterSheets } from './footer-sheets.ts';
import { type PrintedHeading } from './heading-pages.ts';
import { MergeError, PdfMerger } from './merge-parts.ts';
import { READ_AT_ONCE } from './pdf-destinations.ts';
import { pdfOptionsSchema, type PdfOptionsInput } from './pdf-options.ts';
import { startPrintServer } from './print-server.ts';
import { guidePages, readGuide, type Guide } from './read-guide.ts';
import { openDocument, type Rendered } from './render-pdf.ts';
import { elementCount } from './split-parts.ts';
import { tocPageNumbers, TocNumberError } from './toc-numbers.ts';
import type { PrintServer } from './print-server.ts';
import type { Browser } from 'playwright';
import { terminalSafe } from '../shared/terminal-text.ts';

const PRINT_CSS = new URL('./print.css', import.meta.url);
const FOOTERS_CSS = new URL('./footers.css', import.meta.url);
const PAGE_NUMBERS_CSS = new URL('./page-numbers.css', import.meta.url);
/** Footer sheets per document: one document of 1,806 took Chromium past 1 GB (N = 200). */
const FOOTER_SHEETS = 200;
export const GUIDE_FILE = 'shipshape-guide.pdf';

export interface WrittenPdf {
  file: string;
  pageCount: number;
  bytes: number;
  /** Print documents rendered by Chromium (the front twice, a part twice if it refers to
   * itself, the footers once; a PDF of one part: its one document twice). */
  renders: number;
  /** Body parts. */
  parts: number;
  ms: number;
  /**
   * Milliseconds of each step of a PDF in parts: composing, the front, the parts, the front
   * numbered, rendering the page footers, merging and writing (the time outside the parts,
   * issue 15).
   */
  steps: Record<string, number>;
}

interface Job {
  /** Path below the output folder, e.g. `lessons/intro.pdf`. */
  name: string;
  compose: ComposeOptions;
}

/** `lessons/intro/` → `lessons/intro.pdf` */
export function lessonFile(path: string): string {
  return `${path.replace(/\/$/, '')}.pdf`;
}

function jobs(guide: Guide, version: string, date: string, printCss: string, lessons: boolean) {
  const stamp = `Version ${version} · built ${date}`;
  const common = { base: guide.base, origin: guide.origin, lang: guide.lang, printCss };
  const whole: Job = {
    name: GUIDE_FILE,
    compose: {
      ...common,
      title: [guide.siteName, guide.homeTitle].filter(Boolean).join(': '),
      cover: { title: guide.siteName, lines: [guide.homeTitle ?? 'The guide', stamp] },
      parts: guide.parts,
      tocSections: false,
    },
  };
  const lessonPages = lessons
    ? guidePages(guide.parts).filter((part: PagePart) => part.path.startsWith('lessons/'))
    : [];
  return [
    whole,
    ...lessonPages.map((part): Job => ({
      name: lessonFile(part.path),
      compose: {
        ...common,
        title: `${part.label} — ${guide.siteName}`,
        cover: { title: guide.siteName, lines: [part.label, `A lesson of the course · ${stamp}`] },
        parts: [part],
        tocSections: true,
      },
    })),
  ];
}

/**
 * A render that failed or timed out (`page.goto: Timeout 30000ms`) names the PDF and the pages
 * in it, largest first, so the author knows which write-up to look at.
 */
export class PdfRenderError extends Error {
  override name = 'PdfRenderError';

  constructor(pdf: string, pages: readonly PagePart[], cause: unknown) {
    const reason = (cause instanceof Error ? cause.message : String(cause)).split('\n')[0];
    const sized = pages.map((part) => ({ path: part.path, elements: elementCount(part) }))
      .sort((a, b) => b.elements - a.elements);
    const named = sized.slice(0, 3).map((p) => `/${p.path} (${p.elements} elements)`).join(', ');
    super(terminalSafe(`${pdf}: ${reason} — while rendering ${pages.length === 1 ? 'the page' :
      `${pages.length} pages, the largest`} ${named}; a very large page (a huge table) is the ` +
      'usual cause: shorten it, or split it'));
    this.cause = cause;
  }
}

/** One rendered part, for a progress line. */
export interface PartDone {
  pdf: string;
  part: number;
  parts: number;
  pages: number;
  ms: number;
}

interface RenderContext {
  browser: Browser;
  server: PrintServer;
  timeoutMs: number;
  footerCss: string;
  pageNumbersCss: string;
  onPart: ((done: PartDone) => void) | undefined;
}

/** Renders one document once (twice when `again` gives numbers to fill in after the first). */
async function renderDocument(
  context: RenderContext,
  name: string,
  html: string,
  label: string,
  again?: (first: Rendered) => ReadonlyMap<string, number> | undefined,
  background = true,
): Promise<{ rendered: Rendered; renders: number }> {
  const url = context.server.serve(name, html);
  const document = await openDocument(context.browser, url, label, context.timeoutMs,
    { background });
  try {
    const first = await document.render();
    const numbers = again?.(first);
    if (!numbers) return { rendered: first, renders: 1 };
    await document.fillNumbers(numbers);
    const second = await document.render();
    if (second.pageCount !== first.pageCount) {
      throw new TocNumberError(`${label}: filling in page numbers changed the page count ` +
        `(${first.pageCount} → ${second.pageCount}); the numbers have a reserved width in ` +
        'print.css — is it still there?');
    }
    return { rendered: second, renders: 2 };
  } finally {
    await document.close();
    context.server.forget(name);
  }
}

const partLabel = (job: string, index: number, pages: readonly PagePart[]): string =>
  `${job}, part ${index + 1} (/${pages[0]?.path ?? ''}${pages.length > 1
    ? ` … /${pages.at(-1)?.path ?? ''}, ${pages.length} pages` : ''})`;

/**
 * A rendered document waiting for the merge: its PDF (a part's in a file, the small front's in
 * memory), and what else the merge needs.
 */
interface Printed {
  pdf: { file: string } | { bytes: Uint8Array };
  label: string;
  pageCount: number;
  titleLevels: number[];
  headings: PrintedHeading[];
}

/**
 * Merges into `<out>/<job>` as `merge` adds to it; on a failure, removes the unfinished file.
 */
async function writeMerged(job: Job, out: string,
  merge: (merger: PdfMerger) => Promise<void>): Promise<{ file: string; bytes: number;
    pageCount: number }> {
  const file = join(out, job.name);
  await mkdir(dirname(file), { recursive: true });
  const merger = new PdfMerger(file);
  try {
    await merge(merger);
    const { bytes } = merger.finish(job.compose.title, job.compose.lang);
    return { file, bytes, pageCount: merger.pageCount };
  } catch (error) {
    merger.abort();
    await rm(file, { force: true });
    throw error;
  }
}

/**
 * A PDF of one part (a lesson) printed as one document: rendered once for where its
 * destinations land, then with the contents' numbers filled in; "page n of N" by CSS.
 */
async function writeWhole(context: RenderContext, job: Job, guide: ComposedGuide, out: string,
  started: number): Promise<WrittenPdf> {
  const whole = guide.whole(context.pageNumbersCss);
  const targets = [...guide.toc, ...whole.refs];
  const done = await renderDocument(context, job.name.replace(/\.pdf$/, ''), whole.html,
    job.name, (first) => tocPageNumbers(targets, first.destinations))
    .catch((error: unknown) => {
      throw error instanceof TocNumberError ? error
        : new PdfRenderError(job.name, whole.pages, error);
    });
  const { file, bytes, pageCount } = await writeMerged(job, out, (merger) =>
    merger.add(done.rendered.pdf, job.name, whole.titleLevels, done.rendered.headings));
  context.onPart?.({ pdf: job.name, part: 1, parts: 1, pages: pageCount,
    ms: performance.now() - started });
  return { file, pageCount, bytes, renders: done.renders, parts: 1,
    ms: performance.now() - started, steps: {} };
}

async function writeJob(context: RenderContext, job: Job, out: string): Promise<WrittenPdf> {
  const started = performance.now();
  const steps: Record<string, number> = {};
  let stepStart = started;
  const step = (what: string): void => {
    const now = performance.now();
    steps[what] = (steps[what] ?? 0) + now - stepStart;
    stepStart = now;
  };
  const guide: ComposedGuide = composeGuide(job.compose);
  if (guide.partCount === 1) return writeWhole(context, job, guide, out, started);
  step('compose');
  const stem = job.name.replace(/\.pdf$/, '');
  const contentsLabel = `${job.name}, cover and contents`;
  let renders = 0;
  const front = await renderDocument(context, `${stem}-front`, guide.front(), contentsLabel);
  renders += front.renders;
  const frontPages = front.rendered.pageCount;
  step('front');
  // The parts' PDFs wait on disk until the total page count is known (105 MB at N = 1000):
  // each is then merged with its footers and written, one at a time (`merge-parts.ts`).
  const spill = await mkdtemp(join(tmpdir(), 'shipshape-pdf-'));
  try {
    const printed: Printed[] = [];
    let bodyPages = 0;
    /** Destination name → page in the whole PDF. */
    const numbers = new Map<string, number>();
    for (let index = 0; index < guide.partCount; index++) {
      const partStarted = performance.now();
      const part = guide.part(index, numbers);
      const label = partLabel(job.name, index, part.pages);
      const offset = frontPages + bodyPages;
      const place = (rendered: Rendered): void => {
        for (const [target, page] of rendered.destinations) {
          if (!numbers.has(target)) numbers.set(target, offset + page);
        }
      };
      // References to a file this same part printed first: numbered after its first render.
      const unknown = part.refs.filter((ref) => !numbers.has(ref.target));
      const done = await renderDocument(context, `${stem}-part-${index + 1}`, part.html, label,
        unknown.length === 0 ? undefined : (first) => {
          place(first);
          return tocPageNumbers(unknown, numbers);
        }).catch((error: unknown) => {
        throw new PdfRenderError(job.name, part.pages, error);
      });
      renders += done.renders;
      place(done.rendered);
      const file = join(spill, `part-${index + 1}.pdf`);
      await writeFile(file, done.rendered.pdf);
      printed.push({ pdf: { file }, label, pageCount: done.rendered.pageCount,
        titleLevels: part.titleLevels, headings: done.rendered.headings });
      bodyPages += done.rendered.pageCount;
      context.onPart?.({ pdf: job.name, part: index + 1, parts: guide.partCount,
        pages: done.rendered.pageCount, ms: performance.now() - partStarted });
    }
    step('parts');
    const tocNumbers = tocPageNumbers(guide.toc, numbers);
    const numbered = await renderDocument(context, `${stem}-front`, guide.front(tocNumbers),
      contentsLabel);
    renders += numbered.renders;
    if (numbered.rendered.pageCount !== frontPages) {
      throw new TocNumberError(`${contentsLabel}: filling in the contents' page numbers ` +
        `changed its page count (${frontPages} → ${numbered.rendered.pageCount}); the numbers ` +
        'have a reserved width in print.css — is it still there?');
    }
    const front: Printed = { pdf: { bytes: numbered.rendered.pdf }, label: contentsLabel,
      pageCount: frontPages, titleLevels: [], headings: [] };
    step('front numbered');
    const total = frontPages + bodyPages;
    const sheets = new FooterSheets(total, FOOTER_SHEETS, async (from, size) => {
      step('merge');
      const footers = await renderDocument(context, `${stem}-footers`,
        guide.footers(from + 1, size, total, context.footerCss),
        `${job.name}, page footers from page ${from + 1}`, undefined, false);
      renders += footers.renders;
      const sheet = await PDFDocument.load(footers.rendered.pdf, READ_AT_ONCE);
      step('footers');
      return sheet;
    });
    const written = await writeMerged(job, out, async (merger) => {
      for (const document of [front, ...printed]) {
        const first = merger.pageCount;
        const pages = await sheets.pages(first, document.pageCount);
        const pdf = 'file' in document.pdf ? await readFile(document.pdf.file)
          : document.pdf.bytes;
        await merger.add(pdf, document.label, document.titleLevels, document.headings,
          { footers: { pages, from: first + 1 }, destsGiveWay: document === front });
        if ('file' in document.pdf) await rm(document.pdf.file);
      }
    });
    step('merge');
    if (written.pageCount !== total) {
      throw new MergeError(`${job.name}: merged ${written.pageCount} pages, expected ${total}`);
    }
    return {
      file: written.file,
      pageCount: written.pageCount,
      bytes: written.bytes,
      renders,
      parts: guide.partCount,
      ms: performance.now() - started,
      steps,
    };
  } finally {
    await rm(spill, { recursive: true, force: true });
  }
}

export async function buildPdfs(
  input: PdfOptionsInput,
  onPart?: (done: PartDone) => void,
): Promise<WrittenPdf[]> {
  const options = pdfOptionsSchema.parse(input);
  const out = options.out ?? join(options.dist, 'pdf');
  const guide = readGuide(options.dist, options.base);
  const printCss = await readFile(PRINT_CSS, 'utf8');
  const footerCss = await readFile(FOOTERS_CSS, 'utf8');
  const pageNumbersCss = await readFile(PAGE_NUMBERS_CSS, 'utf8');
  const work = jobs(guide, options.version, options.date, printCss, options.lessons);
  const executablePath = options.browser ?? (await findBrowser());
  const server = await startPrintServer(options.dist, guide.base);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const context = { browser, server, timeoutMs: options.timeoutSeconds * 1000, footerCss,
    pageNumbersCss, onPart };
  try {
    const written: WrittenPdf[] = [];
    for (const job of work) written.push(await writeJob(context, job, out));
    return written;
  } finally {
    await browser.close();
    await server.close();
  }
}
