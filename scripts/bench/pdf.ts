/**
 * Bench helper: the PDF step — wall-clock time of `node scripts/pdf.ts` on a built guide (its own
 * process: browser start, every PDF, every part's render), the guide PDF's pages and size, and the
 * number of lesson PDFs. Target: the guide PDF in under 30 s.
 * Alone, on an existing build: `node scripts/bench/pdf.ts [--dist dist] [--runs 3]`.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { GUIDE_FILE } from '../../src/pdf/build-pdfs.ts';
import { formatSeconds } from './format.ts';
import { markdownTable } from './markdown-table.ts';
import { summarize } from './stats.ts';

const SCRIPT = fileURLToPath(new URL('../pdf.ts', import.meta.url));
const TARGET_MS = 30_000;

export interface PdfResult {
  runsMs: number[];
  pages: number;
  bytes: number;
  lessons: number;
}

function runPdf(dist: string, out: string): Promise<number> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [SCRIPT, '--dist', dist, '--out', out], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0
        ? done(performance.now() - started)
        : fail(new Error(`scripts/pdf.ts exited with ${code}: ${errors.trim()}`)),
    );
  });
}

export async function benchPdf(dist: string, runs = 3): Promise<PdfResult> {
  const out = await mkdtemp(join(tmpdir(), 'shipshape-pdf-bench-'));
  try {
    const runsMs: number[] = [];
    for (let run = 0; run < runs; run++) runsMs.push(await runPdf(dist, out));
    const guide = join(out, GUIDE_FILE);
    const document = await PDFDocument.load(await readFile(guide), { updateMetadata: false });
    const lessons = await readdir(join(out, 'lessons')).catch(() => []);
    return {
      runsMs,
      pages: document.getPageCount(),
      bytes: (await stat(guide)).size,
      lessons: lessons.filter((name) => name.endsWith('.pdf')).length,
    };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

export function pdfSection(result: PdfResult): string {
  const times = summarize(result.runsMs);
  const rows = [
    ['`npm run pdf` (guide + lessons), median', formatSeconds(times.median), '< 30 s',
      times.median < TARGET_MS ? 'within target' : '**over target**'],
    ['… min / max', `${formatSeconds(times.min)} / ${formatSeconds(times.max)}`, '', ''],
    ['guide PDF', `${result.pages} pages, ${(result.bytes / 1024 / 1024).toFixed(2)} MB`, '', ''],
    ['lesson PDFs', String(result.lessons), '', ''],
  ];
  return `## PDF\n\n${markdownTable(['measure', 'value', 'target', ''], rows)}\n\n` +
    `${result.runsMs.length} runs of \`scripts/pdf.ts\` on the built guide, each its own ` +
    'process (Chromium start, every PDF: the front twice, each part once, the page footers; ' +
    'see src/pdf/README.md).';
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '3' } },
  });
  benchPdf(values.dist, Number(values.runs)).then(
    (result) => console.log(pdfSection(result)),
    (error: unknown) => {
      console.error(`bench pdf: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
