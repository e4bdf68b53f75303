/**
 * Bench helper: "Run it here" on an example page. Weight before Run: the page's JS gzipped, the
 * feature's own script (the bundled file that holds the widget's code, with its static imports)
 * and its embedded JSON, measured from `dist/` (target: the feature under 20 KB of gzipped JS).
 * Time from pressing Run to the first `curl …/health` answer in Chromium, the curl typed as
 * soon as the container runs: cold (a fresh browser context, so nothing cached) and warm (Run
 * pressed again in the same page: the worker and Pyodide are reused, the app reloads). Also
 * the runtime's size in `dist/pyodide/` and which of its files a Run fetched.
 * Alone, on an existing build: `node scripts/bench/run-here.ts [--dist dist] [--runs 3]`.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright';
import { CHROMIUM_ARGS, findBrowser } from '../../src/browser/find-browser.ts';
import { ASSETS_FOLDER } from '../../src/examples/pyodide-asset-names.ts';
import { formatSeconds } from './format.ts';
import { findHtmlRefs } from './html-refs.ts';
import { staticImports } from './js-imports.ts';
import { markdownTable } from './markdown-table.ts';
import { freePort, serve } from './serve-dist-child.ts';
import { measurePages } from './measure-pages.ts';
import { summarize } from './stats.ts';

const PAGE = '/examples/03-multi-stage-slim/';
const BUDGET = 20 * 1024;

export interface RunHereResult {
  page: string;
  /** All JS the page loads before Run, gzipped (Starlight's, other features', this one's). */
  pageJsGzip: number;
  /** The widget's own bundled script(s), gzipped. */
  featureJsGzip: number;
  /** The widget's embedded JSON (model, context files, sizes), gzipped. */
  dataGzip: number;
  /** Files and bytes in `dist/pyodide/`. */
  assets: Array<{ name: string; bytes: number }>;
  coldMs: number[];
  warmMs: number[];
  /** Requests under `pyodide/` during the first cold run, in order; and before Run. */
  fetched: string[];
  fetchedBeforeRun: string[];
}

/** What the bench returns when the build cannot be measured (no runtime, no widget). */
export interface RunHereSkipped {
  skipped: string;
}

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

async function featureWeight(dist: string): Promise<Pick<RunHereResult,
  'featureJsGzip' | 'dataGzip'> | RunHereSkipped> {
  const html = await readFile(join(dist, ...PAGE.split('/'), 'index.html'), 'utf8');
  const refs = findHtmlRefs(html);
  const seen = new Set<string>();
  let featureJsGzip = 0;
  const add = async (path: string, always: boolean): Promise<void> => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = await readFile(join(dist, ...path.split('/')), 'utf8');
    if (!always && !code.includes('data-run-here')) return;
    featureJsGzip += gzip(code);
    for (const specifier of staticImports(code)) {
      await add(new URL(specifier, `http://x${path}`).pathname, true);
    }
  };
  for (const script of refs.scripts) await add(new URL(script.src, `http://x${PAGE}`).pathname,
    false);
  for (const code of refs.inlineModules) if (code.includes('data-run-here')) {
    featureJsGzip += gzip(code);
  }
  const data = /<script type="application\/json" data-run-here-data>([\s\S]*?)<\/script>/
    .exec(html)?.[1];
  if (data === undefined) return { skipped: `${PAGE} has no "Run it here" widget in this build` };
  return { featureJsGzip, dataGzip: gzip(data) };
}

/** One Run → first /health answer, timed inside the page (click to the answer's DOM change). */
async function timeRun(page: import('playwright').Page): Promise<number> {
  const widget = page.locator('section[data-run-here]');
  await page.evaluate(() => {
    const root = document.querySelector('section[data-run-here]');
    const output = root?.querySelector('[data-terminal-output]');
    const button = root?.querySelector('button[data-action="run"]');
    if (!output || !button) throw new Error('no Run button or terminal in the widget');
    const marks: { click?: number; answer?: number } = {};
    (window as unknown as { runHereMarks: typeof marks }).runHereMarks = marks;
    output.replaceChildren();
    button.addEventListener('click', () => (marks.click = performance.now()), { once: true,
      capture: true });
    new MutationObserver((_, observer) => {
      if (output.textContent?.includes('"status"')) {
        marks.answer = performance.now();
        observer.disconnect();
      }
    }).observe(output, { childList: true, subtree: true, characterData: true });
  });
  await widget.getByRole('button', { name: /^Run/ }).click();
  await widget.locator('[data-health]').getByText('HEALTHCHECK').waitFor({ timeout: 120_000 });
  const command = widget.getByRole('textbox', { name: 'Command' });
  await command.fill('curl localhost:8080/health');
  await command.press('Enter');
  await page.waitForFunction(() => (window as unknown as { runHereMarks: { answer?: number } })
    .runHereMarks.answer !== undefined, undefined, { timeout: 30_000 });
  return page.evaluate(() => {
    const marks = (window as unknown as { runHereMarks: { click: number; answer: number } })
      .runHereMarks;
    return marks.answer - marks.click;
  });
}

async function timeRuns(browser: Browser, origin: string, runs: number): Promise<Pick<
  RunHereResult, 'coldMs' | 'warmMs' | 'fetched' | 'fetchedBeforeRun'>> {
  const result = { coldMs: [] as number[], warmMs: [] as number[], fetched: [] as string[],
    fetchedBeforeRun: [] as string[] };
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes(`/${ASSETS_FOLDER}/`)) fetched.push(path);
    });
    await page.goto(`${origin}${PAGE}`, { waitUntil: 'networkidle' });
    if (run === 0) result.fetchedBeforeRun = [...fetched];
    result.coldMs.push(await timeRun(page));
    if (run === 0) result.fetched = [...fetched];
    result.warmMs.push(await timeRun(page));
    await context.close();
  }
  return result;
}

export async function benchRunHere(dist: string, runs = 3): Promise<RunHereResult
  | RunHereSkipped> {
  const folder = join(dist, ASSETS_FOLDER);
  const names = await readdir(folder).catch(() => undefined);
  if (names === undefined) {
    return { skipped: `no \`${ASSETS_FOLDER}/\` in the build: it was made without the Python `
      + 'packages (run `npm run setup:python`, then build again)' };
  }
  const weight = await featureWeight(dist);
  if ('skipped' in weight) return weight;
  const assets = await Promise.all(names.sort().map(async (name) =>
    ({ name, bytes: (await stat(join(folder, name))).size })));
  const weights = await measurePages(dist);
  const pageJsGzip = weights.pages.find((p) => p.page === PAGE)?.js ?? Number.NaN;
  const port = await freePort();
  const server = await serve(dist, port);
  const browser = await chromium.launch({ executablePath: await findBrowser(),
    args: CHROMIUM_ARGS });
  try {
    const timings = await timeRuns(browser, `http://127.0.0.1:${port}`, runs);
    return { page: PAGE, pageJsGzip, ...weight, assets, ...timings };
  } finally {
    await browser.close();
    server.kill();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

export function runHereSection(r: RunHereResult | RunHereSkipped): string {
  if ('skipped' in r) return `## Run it here\n\nNot measured: ${r.skipped}.`;
  const cold = summarize(r.coldMs);
  const warm = summarize(r.warmMs);
  const assetBytes = r.assets.reduce((sum, a) => sum + a.bytes, 0);
  const rows = [
    ['the widget\'s JS before Run, gzipped', kb(r.featureJsGzip), '< 20 KB',
      r.featureJsGzip < BUDGET ? 'within target' : '**over target**'],
    ['… its embedded JSON (model, files, sizes), gzipped', kb(r.dataGzip), '', ''],
    [`all JS of \`${r.page}\` before Run, gzipped`, kb(r.pageJsGzip), '', ''],
    ['runtime requests before Run', String(r.fetchedBeforeRun.length), '0',
      r.fetchedBeforeRun.length === 0 ? 'within target' : '**over target**'],
    ['Run → first `/health` answer, cold (fresh context), median',
      formatSeconds(cold.median), '', ''],
    ['… min / max', `${formatSeconds(cold.min)} / ${formatSeconds(cold.max)}`, '', ''],
    ['Run → first `/health` answer, warm (same page), median', formatSeconds(warm.median), '',
      ''],
    ['… min / max', `${formatSeconds(warm.min)} / ${formatSeconds(warm.max)}`, '', ''],
    [`\`dist/${ASSETS_FOLDER}/\` (downloaded on the first Run)`,
      `${(assetBytes / 1e6).toFixed(1)} MB in ${r.assets.length} files`, '', ''],
  ];
  const files = r.assets.map((a) => `\`${a.name}\` ${(a.bytes / 1e6).toFixed(2)} MB`).join(', ');
  return `## Run it here\n\n${markdownTable(['measure', 'value', 'target', ''], rows)}\n\n`
    + `${r.coldMs.length} cold runs, each followed by a warm one, in Chromium against `
    + '`scripts/serve-dist.ts` on localhost (no compression, no network latency: a real host '
    + 'adds the download time of the runtime to the cold figure). Timed in the page from the '
    + 'click on Run to the curl answer, the command typed as soon as the container runs. '
    + `Runtime files: ${files}. Fetched by the first Run: `
    + `${r.fetched.map((path) => `\`${path.slice(path.lastIndexOf('/') + 1)}\``).join(', ')}.`;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '3' } },
  });
  benchRunHere(values.dist, Number(values.runs)).then(
    (result) => console.log(runHereSection(result)),
    (error: unknown) => {
      console.error(`bench run-here: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
