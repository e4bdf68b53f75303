/**
 * Bench helper: the playground (`/playground/`, issue 16). In Chromium against `dist/`:
 * - the JavaScript the page downloads before the reader types (every script response, the
 *   checking worker's included, gzipped at level 9 as the page weights are), with the part the
 *   main thread needs for the editor alone; budget 150 KB gzipped;
 * - the worker's check time of a 200-instruction Dockerfile after a keystroke (the time the
 *   worker reports for its check, `data-checked-ms`), over 40 keystrokes; budget 10 ms;
 * - requests to another origin (budget 0);
 * - a lesson with an exercise (`/lessons/layer-caching/`): its JavaScript before the reader
 *   reaches for the exercise (the exercises' page script among it), and what reaching for it
 *   (the exercise scrolled into view) fetches: the editor and the worker.
 * Also the same check in Node (`src/playground/check.ts`), median after warm-up.
 * Alone, on an existing build: `node scripts/bench/playground.ts [--dist dist]`.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findBrowser } from '../../src/browser/find-browser.ts';
import { checkDockerfile } from '../../src/playground/check.ts';
import { longDockerfile } from './dockerfile-engine.ts';
import { markdownTable } from './markdown-table.ts';
import { freePort, serve } from './serve-dist-child.ts';
import { summarize } from './stats.ts';

const PAGE = '/playground/';
const JS_BUDGET = 150 * 1024;
const CHECK_BUDGET_MS = 10;
const KEYSTROKES = 40;
const LESSON = '/lessons/layer-caching/';

/** A lesson page's JavaScript, gzipped: before any interaction, and what the exercise adds. */
export interface LessonJs {
  beforeGzip: number;
  /** The exercises' page script (`ExercisesScript.astro`), part of `beforeGzip`. */
  exercisesGzip: number;
  /** Fetched when the exercise comes into view: the editor and the worker. */
  onReachGzip: number;
}

export interface PlaygroundResult {
  /** Every script before typing, gzipped, by file name. */
  scripts: Array<{ name: string; gzip: number }>;
  jsGzip: number;
  workerGzip: number;
  /** The page's own editor script (`playground.astro` chunk and what it imports). */
  editorGzip: number;
  /** Everything else before typing (Starlight's scripts). */
  otherGzip: number;
  /** Lines of the Dockerfile timed (200 instructions, some over two lines). */
  lines: number;
  workerMs: number[];
  nodeMs: number[];
  foreignRequests: string[];
  /** The machine's 1-minute load average after the run. */
  load: number;
  /** Undefined when the build has no such lesson. */
  lesson?: LessonJs | undefined;
}

export interface PlaygroundSkipped {
  skipped: string;
}

function nodeTimes(source: string): number[] {
  for (let i = 0; i < 300; i++) checkDockerfile(source);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    checkDockerfile(source);
    times.push(performance.now() - start);
  }
  return times;
}

/** Every script response of a context, gzipped, by file name (awaited with `settle`). */
function collectScripts(context: import('playwright').BrowserContext) {
  const scripts: Array<{ name: string; gzip: number }> = [];
  const pending: Array<Promise<void>> = [];
  context.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.endsWith('.js')) return;
    pending.push(response.body().then((body) => {
      scripts.push({ name: path.slice(path.lastIndexOf('/') + 1),
        gzip: gzipSync(body, { level: 9 }).length });
    }, () => undefined));
  });
  return { scripts, settle: () => Promise.all(pending) };
}

async function lessonJs(browser: import('playwright').Browser, origin: string):
  Promise<LessonJs | undefined> {
  const context = await browser.newContext();
  try {
    const { scripts, settle } = collectScripts(context);
    const page = await context.newPage();
    const response = await page.goto(`${origin}${LESSON}`, { waitUntil: 'load' });
    if (response?.status() !== 200) return undefined;
    await page.locator('section.exercise[data-ready]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    await settle();
    const before = [...scripts];
    await page.locator('section.exercise').scrollIntoViewIfNeeded();
    await page.locator('section.exercise[data-checked]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    await settle();
    const total = (list: typeof scripts) => list.reduce((sum, s) => sum + s.gzip, 0);
    return { beforeGzip: total(before),
      exercisesGzip: total(before.filter((s) => s.name.startsWith('ExercisesScript'))),
      onReachGzip: total(scripts) - total(before) };
  } finally {
    await context.close();
  }
}

export async function benchPlayground(dist: string): Promise<PlaygroundResult
  | PlaygroundSkipped> {
  const port = await freePort();
  const server = await serve(dist, port);
  const origin = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: await findBrowser(),
    args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const { scripts, settle } = collectScripts(context);
    const foreignRequests: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith(origin) && !/^(data|blob):/.test(request.url())) {
        foreignRequests.push(request.url());
      }
    });
    const page = await context.newPage();
    const response = await page.goto(`${origin}${PAGE}`, { waitUntil: 'load' });
    if (response?.status() !== 200) return { skipped: `${PAGE} is not in this build` };
    await page.locator('[data-playground][data-checked-ms]').waitFor();
    await page.waitForLoadState('networkidle');
    await settle();
    const before = [...scripts];
    // A 200-instruction Dockerfile, then keystrokes at the end of its second line.
    const source = longDockerfile(200);
    const lines = source.trimEnd().split('\n').length;
    const editor = page.getByRole('textbox', { name: 'Dockerfile' });
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(source);
    const workerMs: number[] = [];
    const read = () => page.locator('[data-playground]').getAttribute('data-checked-ms');
    await page.waitForFunction(() => document.querySelector('[data-playground]')
      ?.getAttribute('data-checked-ms') !== null);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    for (let i = 0; i < KEYSTROKES; i++) {
      await page.evaluate(() => document.querySelector('[data-playground]')
        ?.removeAttribute('data-checked-ms'));
      await page.keyboard.type(i % 2 === 0 ? '1' : '\b');
      await page.locator('[data-playground][data-checked-ms]').waitFor();
      workerMs.push(Number(await read()));
    }
    const jsGzip = before.reduce((sum, s) => sum + s.gzip, 0);
    await settle();
    const sum = (list: typeof scripts, test: (name: string) => boolean) => list
      .filter((s) => test(s.name)).reduce((total, s) => total + s.gzip, 0);
    const workerGzip = sum(scripts, (name) => name.startsWith('check-worker'));
    // The editor is its own chunk since the exercises fetch it too (`dockerfile-editor.*`).
    const isEditor = (name: string) => /^(playground|dockerfile-editor)/.test(name);
    const editorGzip = sum(before, isEditor);
    const otherGzip = sum(before, (name) => !isEditor(name));
    const lesson = await lessonJs(browser, origin);
    return { scripts: before, jsGzip, workerGzip, editorGzip, otherGzip, lines, workerMs,
      nodeMs: nodeTimes(source), foreignRequests, load: loadavg()[0] ?? Number.NaN, lesson };
  } finally {
    await browser.close();
    server.kill();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? 'within target' : '**over target**');

export function playgroundSection(r: PlaygroundResult | PlaygroundSkipped): string {
  if ('skipped' in r) return `## Playground\n\nNot measured: ${r.skipped}.`;
  // The first check after a keystroke waits for the worker to start and its code to warm up.
  const [first = Number.NaN, ...warm] = r.workerMs;
  const worker = summarize(warm);
  const node = summarize(r.nodeMs);
  const rows = [
    [`all JS of \`${PAGE}\` before the reader types, gzipped (worker not yet fetched)`,
      kb(r.jsGzip), '≤ 150 KB', verdict(r.jsGzip <= JS_BUDGET)],
    ['… the editor (CodeMirror and the page script): what typing needs', kb(r.editorGzip),
      '', ''],
    ['… everything else (Starlight: search, theme, contents)', kb(r.otherGzip), '', ''],
    ['the checking worker (engine, fixes, stage graph), fetched on reaching for the editor',
      kb(r.workerGzip), '', ''],
    [`worker check of a ${r.lines}-line Dockerfile after a keystroke, median of ` +
      `${warm.length}`, `${worker.median.toFixed(2)} ms`, '≤ 10 ms',
      verdict(worker.median <= CHECK_BUDGET_MS)],
    ['… max', `${worker.max.toFixed(2)} ms`, '', ''],
    ['… the first of the keystrokes (code not yet warm)',
      `${first.toFixed(2)} ms`, '', ''],
    ['the same check in Node (`src/playground/check.ts`), median of 200',
      `${node.median.toFixed(2)} ms`, '', ''],
    ['requests to another origin', String(r.foreignRequests.length), '0',
      verdict(r.foreignRequests.length === 0)],
    ...r.lesson === undefined ? [] : [
      [`all JS of \`${LESSON}\` (an exercise) before the reader reaches for it, gzipped`,
        kb(r.lesson.beforeGzip), '', ''],
      ['… the exercises\' page script (hints, solution, progress)',
        kb(r.lesson.exercisesGzip), '', ''],
      ['… fetched when the exercise comes into view (editor and worker)',
        kb(r.lesson.onReachGzip), '', ''],
    ],
  ];
  const files = r.scripts.map((s) => `\`${s.name}\` ${kb(s.gzip)}`).join(', ');
  return `## Playground\n\n${markdownTable(['measure', 'value', 'target', ''], rows)}\n\n` +
    'Measured in Chromium against `scripts/serve-dist.ts` on localhost: the scripts are every ' +
    'JavaScript response until the starter\'s findings (checked at build time and shipped ' +
    'with the page) are shown and the network is idle, with no pointer or key near the page. ' +
    'The check ' +
    'time is what the worker reports for `checkDockerfile` (lint, fix edits, stage graph) on ' +
    'each keystroke; the editor waits 120 ms after the last keystroke before asking. The ' +
    'worker is fetched when the reader reaches for the editor (pointer over it, touch, ' +
    'focus, a key) or at once when the link holds a Dockerfile. Load average of the machine ' +
    `when measured: ${r.load.toFixed(1)} (${cpus().length} cores). ` +
    `Scripts: ${files}.`;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
  benchPlayground(values.dist).then(
    (result) => console.log(playgroundSection(result)),
    (error: unknown) => {
      console.error(`bench playground: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
