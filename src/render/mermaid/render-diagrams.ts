/**
 * Render stage, Mermaid: renders diagrams to SVG in a headless Chromium (found by
 * src/browser/find-browser.ts). All of one build's uncached diagrams share one browser and one
 * page, which loads Mermaid once and renders the jobs one after the other; text is measured with
 * the guide's own font (Inter), so labels fit when the page shows them.
 *
 * Why not mermaid-isomorphic (used until 2026-12-06): it opens a page per call and loads the
 * unminified Mermaid (8.3 MB) plus Font Awesome and KaTeX styles into each: one rendering cost
 * 3.0 s of CPU, four 5.6 s; three in one page cost 3.0 s (docs/benchmarks.md, "Mermaid in one
 * page"). The SVG is the same: same Mermaid, same ids (`<prefix>-0`), same serialisation.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright';
import { CHROMIUM_ARGS, findBrowser } from '../../browser/find-browser.ts';

export interface DiagramJob {
  source: string;
  theme: 'default' | 'dark';
  prefix: string;
}

export type DiagramOutcome = { ok: true; svg: string } | { ok: false; message: string };

const require = createRequire(import.meta.url);
const FONT_CSS = pathToFileURL(require.resolve('@fontsource/inter/latin-400.css')).href;
const MERMAID_SCRIPT = require.resolve('mermaid/dist/mermaid.min.js');

/**
 * Theme settings beyond Mermaid's own themes: its dark theme draws edge labels with too little
 * contrast (axe: color-contrast), so labels get a dark background and light text.
 */
export const THEME_VARIABLES: Record<DiagramJob['theme'], Record<string, string>> = {
  default: {},
  dark: { edgeLabelBackground: '#23262f', textColor: '#f0f2f5', lineColor: '#c9ced6' },
};

interface RenderArgs {
  id: string;
  source: string;
  config: Record<string, unknown>;
}

declare const mermaid: {
  initialize(config: Record<string, unknown>): void;
  render(id: string, source: string, container: Element): Promise<{ svg: string }>;
};

/**
 * Runs in the page: one diagram, drawn off-screen after the fonts have loaded. Mermaid keeps
 * its settings from one `initialize` to the next, so each job sets its own theme.
 */
async function renderInPage({ id, source, config }: RenderArgs): Promise<string> {
  await Promise.all(Array.from(document.fonts, (font) => font.load()));
  const container = document.createElement('div');
  container.ariaHidden = 'true';
  Object.assign(container.style, { maxHeight: '0', opacity: '0', overflow: 'hidden' });
  document.body.append(container);
  try {
    mermaid.initialize(config);
    const { svg } = await mermaid.render(id, source, container);
    const [element] = new DOMParser().parseFromString(svg, 'text/html')
      .getElementsByTagName('svg');
    if (!element) throw new Error('Mermaid returned no <svg> element');
    return new XMLSerializer().serializeToString(element);
  } finally {
    container.remove();
  }
}

interface Session {
  browser: Browser;
  page: Page;
}

let session: Promise<Session> | undefined;
let users = 0;
/** Jobs run one at a time on the shared page: Mermaid's settings are global to it. */
let queue: Promise<unknown> = Promise.resolve();

async function openSession(): Promise<Session> {
  // Playwright loads in 0.2-0.5 s: required when a diagram is not in the cache, not with the
  // config, so that a build whose diagrams are all cached (and `astro dev`, and the CLI) never
  // loads it. `require`, not `import()`: see find-browser.ts.
  const { chromium } = require('playwright') as typeof import('playwright');
  const browser = await chromium.launch({ executablePath: await findBrowser(),
    args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // A file: page, so that the font's stylesheet and its files (file: URLs) may load.
    await page.goto(new URL('./render-page.html', import.meta.url).href);
    await Promise.all([page.addStyleTag({ url: FONT_CSS }),
      page.addScriptTag({ path: MERMAID_SCRIPT })]);
    return { browser, page };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

function renderOne(page: Page, job: DiagramJob): Promise<DiagramOutcome> {
  const config = {
    theme: job.theme,
    themeVariables: THEME_VARIABLES[job.theme],
    fontFamily: 'Inter, sans-serif',
    securityLevel: 'strict',
  };
  const run = queue.then(() => page.evaluate(renderInPage,
    { id: `${job.prefix}-0`, source: job.source, config }))
    .then((svg): DiagramOutcome => ({ ok: true, svg }))
    .catch((error: unknown): DiagramOutcome => {
      const message = (error as { message?: unknown } | undefined)?.message ?? error;
      // Playwright prefixes the page's error with where it was evaluated.
      return { ok: false, message: String(message).replace(/^page\.evaluate: (Error: )?/, '') };
    });
  queue = run;
  return run;
}

/**
 * Renders every job; results come back in job order. Calls that overlap share the browser, which
 * closes when the last of them is done.
 */
export async function renderDiagrams(jobs: readonly DiagramJob[]): Promise<DiagramOutcome[]> {
  users += 1;
  session ??= openSession();
  const opened = session;
  try {
    const { page } = await opened;
    return await Promise.all(jobs.map((job) => renderOne(page, job)));
  } finally {
    users -= 1;
    if (users === 0) {
      session = undefined;
      await opened.then(({ browser }) => browser.close(), () => undefined);
    }
  }
}
