/**
 * Bench helper (scale, issue 15): for each N, a generated corpus of N write-ups
 * (scale-corpus.ts) is built by shipshape (`SHIPSHAPE_CONTENT`) and by plain Starlight
 * alternately (A B A B…, so that background load falls on both), each build clean and measured
 * (wall, CPU, peak memory: build.ts). After the last builds it measures `dist/` and the
 * write-up pages' HTML, a warm rebuild of each after one write-up is edited, and the PDF step on
 * shipshape's build, with a time limit: a PDF that fails or times out is recorded, not fatal.
 */
import { spawn } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { GUIDE_FILE } from '../../src/pdf/build-pdfs.ts';
import { measureBuild, type BuildMeasure } from './build.ts';
import { formatSeconds } from './format.ts';
import { firstWriteupFile, generateCorpus, readSources } from './scale-corpus.ts';
import { makePlainStarlight } from './plain-starlight.ts';
import { copyShipshape } from './shipshape-copy.ts';

const PDF_SCRIPT = fileURLToPath(new URL('../pdf.ts', import.meta.url));

export type PdfOutcome = { ms: number; pages: number } | { ms: number; failure: string };

/** What one project's builds at one N measured. */
export interface ScaleProject {
  clean: BuildMeasure[];
  warm: BuildMeasure;
  distBytes: number;
  /** The first write-up's page, and the largest write-up page, in bytes of HTML. */
  pageBytes: number;
  maxPageBytes: number;
  /** The largest HTML page anywhere in `dist/` (an index of every write-up may be larger). */
  largestPage: { path: string; bytes: number };
}

export interface ScaleRow {
  n: number;
  /** The 1-minute load average before this N's builds started. */
  load: number;
  shipshape: ScaleProject;
  plain: ScaleProject;
  pdf: PdfOutcome | undefined;
}

export interface ScaleOptions {
  projectRoot: string;
  sizes: number[];
  runs: number;
  /** The PDF step's time limit; 0 leaves the PDF out. */
  pdfTimeoutMs: number;
  workspace: string;
}

/** Every file under `dir` with its size, in bytes. */
async function treeFiles(dir: string): Promise<Array<{ path: string; size: number }>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(entries.filter((entry) => entry.isFile()).map(async (entry) => {
    const path = join(entry.parentPath, entry.name);
    return { path, size: (await stat(path)).size };
  }));
}

/** Sizes of every write-up page (`dist/writeups/<name>/index.html`), by lower-cased name. */
async function writeupPages(dist: string): Promise<Map<string, number>> {
  const dir = join(dist, 'writeups');
  const pages = new Map<string, number>();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const size = await stat(join(dir, entry.name, 'index.html')).then((s) => s.size, () => 0);
    if (size > 0) pages.set(entry.name.toLowerCase(), size);
  }
  return pages;
}

async function measureOutput(dist: string, firstName: string): Promise<Pick<ScaleProject,
  'distBytes' | 'pageBytes' | 'maxPageBytes' | 'largestPage'>> {
  const pages = await writeupPages(dist);
  const pageBytes = pages.get(firstName.toLowerCase());
  if (pageBytes === undefined) throw new Error(`${dist}: no page for write-up ${firstName}`);
  // One walk of `dist/`: its size, and its largest page by its address (`/practices/`).
  const files = await treeFiles(dist);
  const largest = files.filter((file) => file.path.endsWith('.html'))
    .reduce((a, b) => (b.size > a.size ? b : a), { path: dist, size: 0 });
  return { distBytes: files.reduce((total, file) => total + file.size, 0), pageBytes,
    maxPageBytes: Math.max(...pages.values()), largestPage: {
      path: `/${relative(dist, largest.path).replace(/index\.html$/, '')}`,
      bytes: largest.size } };
}

/**
 * The line of a failed step's error output that says what failed: Node's own fatal error
 * ("FATAL ERROR: … JavaScript heap out of memory") or the first error, not the native stack
 * trace printed after it; else the last line.
 */
export function failureLine(errors: string): string | undefined {
  const lines = errors.trim().split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.find((line) => /^FATAL ERROR\b/.test(line))
    ?? lines.find((line) => /^(\w*Error|error)\b/.test(line)) ?? lines.at(-1);
}

/** The PDF step's process, killed (with its browser) after `timeoutMs`; a failure's reason. */
function pdfProcess(dist: string, out: string, timeoutMs: number): Promise<string | undefined> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [PDF_SCRIPT, '--dist', dist, '--out', out],
      { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const timer = setTimeout(() => {
      // The whole group this bench started: the PDF script and the Chromium it launched.
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      errors = `timed out after ${formatSeconds(timeoutMs)}`;
    }, timeoutMs);
    child.on('error', (error) => done(error.message));
    child.on('close', (code) => {
      clearTimeout(timer);
      done(code === 0 ? undefined : failureLine(errors) ?? `exit ${code}`);
    });
  });
}

/** Runs the PDF step on `dist` with a time limit; its time and guide pages, or its failure. */
export async function runPdfStep(dist: string, timeoutMs: number): Promise<PdfOutcome> {
  const out = await mkdtemp(join(tmpdir(), 'shipshape-scale-pdf-'));
  const started = performance.now();
  try {
    const failure = await pdfProcess(dist, out, timeoutMs);
    const ms = performance.now() - started;
    if (failure !== undefined) return { ms, failure };
    const guide = await PDFDocument.load(await readFile(join(out, GUIDE_FILE)),
      { updateMetadata: false });
    return { ms, pages: guide.getPageCount() };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

async function measureSize(options: ScaleOptions, n: number, shipshapeRoot: string,
  log: (line: string) => void): Promise<ScaleRow> {
  const sources = await readSources(join(options.projectRoot, 'content', 'writeups'));
  const corpusRoot = join(options.workspace, `corpus-${n}`);
  const corpus = await generateCorpus(sources, n, corpusRoot);
  const plainRoot = await makePlainStarlight(corpus.flatDir, options.projectRoot,
    join(options.workspace, `plain-${n}`));
  const env = { SHIPSHAPE_CONTENT: corpus.dir };
  const load = os.loadavg()[0] ?? 0;
  const clean = { shipshape: [] as BuildMeasure[], plain: [] as BuildMeasure[] };
  for (let run = 1; run <= options.runs; run++) {
    const ship = await measureBuild(shipshapeRoot, `shipshape N=${n}`, { env });
    clean.shipshape.push(ship);
    log(`N=${n} shipshape ${run}/${options.runs}: ${formatSeconds(ship.wallMs)}`);
    const plain = await measureBuild(plainRoot, `plain N=${n}`);
    clean.plain.push(plain);
    log(`N=${n} plain ${run}/${options.runs}: ${formatSeconds(plain.wallMs)}`);
  }
  const first = corpus.names[0]!;
  const shipOut = await measureOutput(join(shipshapeRoot, 'dist'), first);
  const plainOut = await measureOutput(join(plainRoot, 'dist'), first);
  const pdf = options.pdfTimeoutMs > 0
    ? await runPdfStep(join(shipshapeRoot, 'dist'), options.pdfTimeoutMs) : undefined;
  if (pdf !== undefined) {
    log(`N=${n} pdf: ${formatSeconds(pdf.ms)} ${'pages' in pdf ? `${pdf.pages} pages`
      : pdf.failure}`);
  }
  // One edit to one write-up, then a build that keeps every cache.
  const edit = `\n\nEdited for the warm rebuild at ${new Date().toISOString()}.\n`;
  await appendFile(firstWriteupFile(corpus, sources), edit);
  await appendFile(join(plainRoot, 'src/content/docs/writeups', `${first}.md`), edit);
  const shipWarm = await measureBuild(shipshapeRoot, `shipshape N=${n} warm`,
    { env, clean: false });
  const plainWarm = await measureBuild(plainRoot, `plain N=${n} warm`, { clean: false });
  log(`N=${n} warm: shipshape ${formatSeconds(shipWarm.wallMs)}, ` +
    `plain ${formatSeconds(plainWarm.wallMs)}`);
  await rm(plainRoot, { recursive: true, force: true });
  await rm(corpusRoot, { recursive: true, force: true });
  return {
    n, load,
    shipshape: { clean: clean.shipshape, warm: shipWarm, ...shipOut },
    plain: { clean: clean.plain, warm: plainWarm, ...plainOut },
    pdf,
  };
}

/** Runs the scale bench for every N of `options.sizes`, smallest first. */
export async function benchScale(options: ScaleOptions,
  log: (line: string) => void = console.log): Promise<ScaleRow[]> {
  const shipshapeRoot = await copyShipshape(options.projectRoot,
    join(options.workspace, 'shipshape'));
  await mkdir(options.workspace, { recursive: true });
  const rows: ScaleRow[] = [];
  for (const n of [...options.sizes].sort((a, b) => a - b)) {
    rows.push(await measureSize(options, n, shipshapeRoot, log));
  }
  return rows;
}
