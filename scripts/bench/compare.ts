/**
 * Bench helper: the side-by-side figures of shipshape against plain Starlight: median build
 * time, then mean and max gzipped HTML, CSS, JS and total per write-up page. Pages are matched
 * by path (`/writeups/<name>/`); only write-ups present in both builds are compared.
 */
import type { PageWeight } from './measure-pages.ts';
import { summarize } from './stats.ts';

export interface ProjectResult {
  name: string;
  buildMs: number[];
  pages: PageWeight[];
  missing: string[];
}

export interface Metric {
  label: string;
  kind: 'ms' | 'bytes';
  shipshape: number;
  plain: number;
}

export interface Comparison {
  metrics: Metric[];
  matched: string[];
  unmatched: string[];
}

const WRITEUP = /^\/writeups\/[^/]+\/$/;
const PARTS = ['html', 'css', 'js', 'total'] as const;

function writeups(pages: readonly PageWeight[]): Map<string, PageWeight> {
  return new Map(pages.filter((page) => WRITEUP.test(page.page)).map((p) => [p.page, p]));
}

function bytesMetric(label: string, shipshape: number, plain: number): Metric {
  return { label, kind: 'bytes', shipshape, plain };
}

function pageMetrics(ship: PageWeight[], plain: PageWeight[]): Metric[] {
  const metrics: Metric[] = [];
  for (const part of PARTS) {
    const a = summarize(ship.map((page) => page[part]));
    const b = summarize(plain.map((page) => page[part]));
    const name = part === 'total' ? 'total' : part.toUpperCase();
    metrics.push(
      bytesMetric(`mean ${name} per write-up`, a.mean, b.mean),
      bytesMetric(`max ${name} per write-up`, a.max, b.max),
    );
  }
  return metrics;
}

export function compare(shipshape: ProjectResult, plain: ProjectResult): Comparison {
  const ours = writeups(shipshape.pages);
  const theirs = writeups(plain.pages);
  const matched = [...ours.keys()].filter((page) => theirs.has(page)).sort();
  const unmatched = [...new Set([...ours.keys(), ...theirs.keys()])]
    .filter((page) => !matched.includes(page))
    .sort();
  const pick = (pages: Map<string, PageWeight>): PageWeight[] =>
    matched.map((page) => pages.get(page)).filter((page) => page !== undefined);
  const build: Metric = {
    label: 'median build time',
    kind: 'ms',
    shipshape: summarize(shipshape.buildMs).median,
    plain: summarize(plain.buildMs).median,
  };
  return { metrics: [build, ...pageMetrics(pick(ours), pick(theirs))], matched, unmatched };
}
