/**
 * Render stage, Mermaid: renders diagrams to SVG in a headless Chromium (found by
 * src/browser/find-browser.ts), all of one build's uncached diagrams in one browser session.
 * Text is measured with the guide's own font (Inter), so labels fit when the page shows them.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { MermaidRenderer } from 'mermaid-isomorphic';
import { CHROMIUM_ARGS, findBrowser } from '../../browser/find-browser.ts';

export interface DiagramJob {
  source: string;
  theme: 'default' | 'dark';
  prefix: string;
}

export type DiagramOutcome = { ok: true; svg: string } | { ok: false; message: string };

const require = createRequire(import.meta.url);
const FONT_CSS = pathToFileURL(require.resolve('@fontsource/inter/latin-400.css')).href;

/**
 * Theme settings beyond Mermaid's own themes: its dark theme draws edge labels with too little
 * contrast (axe: color-contrast), so labels get a dark background and light text.
 */
export const THEME_VARIABLES: Record<DiagramJob['theme'], Record<string, string>> = {
  default: {},
  dark: { edgeLabelBackground: '#23262f', textColor: '#f0f2f5', lineColor: '#c9ced6' },
};

let renderer: MermaidRenderer | undefined;

/**
 * mermaid-isomorphic loads Playwright (0.2-0.5 s): imported when a diagram is not in the cache,
 * not with the config, so that a build whose diagrams are all cached (and `astro dev`, and the
 * CLI) never loads it.
 */
async function getRenderer(): Promise<MermaidRenderer> {
  const { createMermaidRenderer } = await import('mermaid-isomorphic');
  renderer ??= createMermaidRenderer({
    launchOptions: { executablePath: await findBrowser(), args: CHROMIUM_ARGS },
  });
  return renderer;
}

/**
 * Renders every job in one browser session (it closes when the last job is done); results come
 * back in job order. One call per job keeps each diagram's ids under its own prefix.
 */
export async function renderDiagrams(jobs: readonly DiagramJob[]): Promise<DiagramOutcome[]> {
  const render = await getRenderer();
  return Promise.all(jobs.map(async (job): Promise<DiagramOutcome> => {
    const [result] = await render([job.source], {
      prefix: job.prefix,
      css: FONT_CSS,
      mermaidConfig: {
        theme: job.theme,
        themeVariables: THEME_VARIABLES[job.theme],
        fontFamily: 'Inter, sans-serif',
        securityLevel: 'strict',
      },
    });
    if (result?.status === 'fulfilled') return { ok: true, svg: result.value.svg };
    const reason = result?.reason as { message?: unknown } | undefined;
    return { ok: false, message: String(reason?.message ?? reason ?? 'unknown error') };
  }));
}
