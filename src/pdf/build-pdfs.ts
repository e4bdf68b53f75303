/**
 * Outputs stage, PDF: writes the guide's PDFs — the whole guide (`<out>/shipshape-guide.pdf`) and
 * one per lesson (`<out>/lessons/<slug>.pdf`) — from a built site: reads the guide, composes one
 * print document per PDF, serves them with the site's assets on 127.0.0.1 and renders each with
 * one Chromium.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findBrowser } from '../browser/find-browser.ts';
import { composeDocument, type ComposeOptions, type PagePart } from './compose-document.ts';
import { pdfOptionsSchema, type PdfOptionsInput } from './pdf-options.ts';
import { startPrintServer } from './print-server.ts';
import { guidePages, readGuide, type Guide } from './read-guide.ts';
import { renderPdf } from './render-pdf.ts';
import { terminalSafe } from '../shared/terminal-text.ts';

const PRINT_CSS = new URL('./print.css', import.meta.url);
export const GUIDE_FILE = 'shipshape-guide.pdf';

export interface WrittenPdf {
  file: string;
  pageCount: number;
  bytes: number;
  passes: number;
  ms: number;
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

/** Elements in a page's content, counted without recursion (a page may be very deep). */
function elementCount(part: PagePart): number {
  let count = 0;
  const stack: Array<{ children?: unknown[] }> = [part.page.content];
  for (let node = stack.pop(); node; node = stack.pop()) {
    count++;
    for (const child of node.children ?? []) {
      if ((child as { type?: string }).type === 'element') stack.push(child as typeof node);
    }
  }
  return count;
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

export async function buildPdfs(input: PdfOptionsInput): Promise<WrittenPdf[]> {
  const options = pdfOptionsSchema.parse(input);
  const out = options.out ?? join(options.dist, 'pdf');
  const guide = readGuide(options.dist, options.base);
  const printCss = await readFile(PRINT_CSS, 'utf8');
  const work = jobs(guide, options.version, options.date, printCss, options.lessons);
  const executablePath = options.browser ?? (await findBrowser());
  const server = await startPrintServer(options.dist, guide.base);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const written: WrittenPdf[] = [];
    for (const job of work) {
      const started = performance.now();
      const { html, toc, refs } = composeDocument(job.compose);
      const url = server.serve(job.name.replace(/\.pdf$/, ''), html);
      const numbered = [...toc, ...refs];
      const rendered = await renderPdf(browser, url, numbered).catch((error: unknown) => {
        throw new PdfRenderError(job.name, guidePages(job.compose.parts), error);
      });
      const file = join(out, job.name);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, rendered.pdf);
      written.push({
        file,
        pageCount: rendered.pageCount,
        bytes: rendered.pdf.byteLength,
        passes: rendered.passes,
        ms: performance.now() - started,
      });
    }
    return written;
  } finally {
    await browser.close();
    await server.close();
  }
}
