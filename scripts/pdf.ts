/**
 * `npm run pdf [-- --dist dist] [--out dist/pdf] [--base /courses/docker/] [--no-lessons]
 * [--timeout 300]` (seconds a Chromium step of one part may take):
 * writes the guide as one PDF (`dist/pdf/shipshape-guide.pdf`) and one PDF per lesson
 * (`dist/pdf/lessons/<slug>.pdf`) from the built site. The work is in `src/pdf/`.
 * `SHIPSHAPE_BASE` sets the base like `--base`; `SOURCE_DATE_EPOCH` fixes the cover's date.
 * A problem prints one line (the missing-browser message says what to install) and exits 1.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { BrowserNotFoundError } from '../src/browser/find-browser.ts';
import { buildPdfs } from '../src/pdf/build-pdfs.ts';

const PACKAGE = new URL('../package.json', import.meta.url);

function buildDate(env: NodeJS.ProcessEnv): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const date = epoch ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      out: { type: 'string' },
      base: { type: 'string' },
      'no-lessons': { type: 'boolean', default: false },
      timeout: { type: 'string' },
    },
  });
  const { version } = JSON.parse(readFileSync(PACKAGE, 'utf8')) as { version: string };
  const started = performance.now();
  const written = await buildPdfs({
    dist: values.dist,
    out: values.out,
    base: values.base ?? process.env['SHIPSHAPE_BASE'],
    version,
    date: buildDate(process.env),
    lessons: !values['no-lessons'],
    ...(values.timeout === undefined ? {} : { timeoutSeconds: Number(values.timeout) }),
  }, (done) => {
    // A long guide takes minutes: one line per part of a guide of several.
    if (done.parts > 1) {
      console.log(`pdf: ${done.pdf}: part ${done.part} of ${done.parts}, ${done.pages} pages, ` +
        `${(done.ms / 1000).toFixed(1)} s`);
    }
  });
  for (const pdf of written) {
    console.log(
      `pdf: ${relative(process.cwd(), pdf.file)}: ${pdf.pageCount} pages, ` +
        `${(pdf.bytes / 1024 / 1024).toFixed(2)} MB, ${(pdf.ms / 1000).toFixed(1)} s ` +
        `(${pdf.parts} parts, ${pdf.renders} renders)`,
    );
    const steps = Object.entries(pdf.steps)
      .map(([what, ms]) => `${what} ${(ms / 1000).toFixed(1)} s`).join(', ');
    if (steps !== '') console.log(`pdf: ${relative(process.cwd(), pdf.file)}: ${steps}`);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`pdf: ${written.length} PDFs in ${seconds.toFixed(1)} s`);
}

function describe(error: unknown): string {
  if (error instanceof z.ZodError) {
    return error.issues
      .map((issue) => `option \`${issue.path.join('.')}\`: ${issue.message}`)
      .join('; ');
  }
  if (error instanceof BrowserNotFoundError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => {
  console.error(`pdf: ${describe(error)}`);
  process.exitCode = 1;
});
