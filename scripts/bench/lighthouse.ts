/**
 * Bench helper: Lighthouse (the `lighthouse` npm package, its default mobile settings: a
 * phone's screen, simulated slow 4G and a 4× slower CPU) on built pages, the four category
 * scores of each. Chromium is the one the tests use (src/browser/find-browser.ts), started by
 * `chrome-launcher`, headless, one browser for all pages.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findBrowser } from '../../src/browser/find-browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  page: string;
  /** 0–100 per category; `undefined` when Lighthouse gave no score. */
  scores: Partial<Record<Category, number>>;
  /** Metrics (ms, CLS unitless) as Lighthouse reports them. */
  metrics: Record<'fcp' | 'lcp' | 'tbt' | 'cls', number | undefined>;
  /** Audits below full marks that weigh on a score, by title. */
  failing: string[];
  /** When this result stands for several runs: each run's performance score, lowest first. */
  performanceRuns?: Array<number | undefined>;
}

function numeric(lhr: { audits: Record<string, { numericValue?: number }> }, id: string)
  : number | undefined {
  return lhr.audits[id]?.numericValue;
}

/** Lighthouse on each of `pages` (site paths) under `origin`. */
export async function runLighthouse(origin: string, pages: readonly string[])
  : Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: await findBrowser(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const results: LighthouseResult[] = [];
  try {
    for (const page of pages) {
      const run = await lighthouse(`${origin}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${page}`);
      const { lhr } = run;
      const scores: Partial<Record<Category, number>> = {};
      const failing: string[] = [];
      for (const category of CATEGORIES) {
        const entry = lhr.categories[category];
        if (entry?.score != null) scores[category] = Math.round(entry.score * 100);
        for (const ref of entry?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit?.score != null && audit.score < 1) {
            failing.push(`${category}: ${audit.title}`);
          }
        }
      }
      const metrics = {
        fcp: numeric(lhr, 'first-contentful-paint'),
        lcp: numeric(lhr, 'largest-contentful-paint'),
        tbt: numeric(lhr, 'total-blocking-time'),
        cls: numeric(lhr, 'cumulative-layout-shift'),
      };
      results.push({ page, scores, metrics, failing });
    }
  } finally {
    await chrome.kill();
  }
  return results;
}
