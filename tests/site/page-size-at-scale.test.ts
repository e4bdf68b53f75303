/**
 * Issue 15, "a page's size does not grow with N", on a built site: with 310 write-ups (more
 * than SIDEBAR_RUNS_MAX runs of SIDEBAR_RUN_SIZE), a write-up page links a bounded number of
 * write-ups wherever it sits in the list — a window of runs, its own run open, links to the runs
 * before and after, and the cohort overview for the whole list — and nothing else on the page
 * lists them all. The cohort overview is the page that does, and it links every one. The last
 * 110 write-ups are one text under their own titles: the overview lists them as one group, once
 * each, where it listed the 5,995 pairs they make. Their 110 claims about a base image are too many
 * to list on `/compare/`, which sums them up and links the page that lists them all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, removeFixture, type FixtureBuild } from './build-fixture.ts';
import { SIDEBAR_RUN_SIZE, SIDEBAR_RUNS_MAX } from '../../src/site/writeup-sidebar.ts';

const N = 310;
/** Write-ups from this one on share one text (a class handing in copies). */
const COPIES_FROM = 200;
const COPIED = 'This write-up containerizes a small Flask service. The Dockerfile starts from ' +
  'python:3.12-slim, installs the requirements before copying the code so that the layer ' +
  'with the dependencies stays cached, runs as a user without root rights, exposes port ' +
  '8000 and starts gunicorn with four workers. A .dockerignore keeps the virtual environment, ' +
  'the git history and the test data out of the build context, and a multi-stage build ' +
  'leaves the compilers behind in the first stage so that the final image stays small. ' +
  'The python:3.12-slim base image is about 130 MB.';
const name = (i: number) => `report-${String(i).padStart(3, '0')}`;
/**
 * Write-up links a sidebar may hold: the window's runs (the open one as its write-ups) and the
 * links to the runs before and after it. Without the window, 310 write-ups gave 15 + 20 = 35.
 */
const BOUND = SIDEBAR_RUNS_MAX - 1 + SIDEBAR_RUN_SIZE + 2;

describe(`a guide of ${N} write-ups`, () => {
  let site: FixtureBuild;
  const page = (path: string) =>
    fromHtml(readFileSync(join(site.dir, 'dist', path, 'index.html'), 'utf8'));
  const writeupLinks = (root: ReturnType<typeof fromHtml> | Element) =>
    selectAll('a[href^="/writeups/"]', root);

  beforeAll(() => {
    const files: Record<string, string> = {
      'content/pages/index.md': '---\ntitle: Course\n---\n\nThe write-ups.\n',
      'content/pages/compare.md': '---\ntitle: Base images compared\n---\n\n' +
        '## What the write-ups claim\n\n::write-up-claims\n\n## Which to use\n\nSlim.\n',
      'content/data/base-images.yaml': readFileSync('content/data/base-images.yaml', 'utf8'),
    };
    for (let i = 0; i < N; i++) {
      files[`content/writeups/${name(i)}.md`] = `# Report ${String(i).padStart(3, '0')}\n\n` +
        `${i < COPIES_FROM ? `Write-up number ${i}.` : COPIED}\n`;
    }
    site = buildFixture(files);
    if (site.code !== 0) throw new Error(`the site did not build:\n${site.output}`);
  }, 300_000);

  afterAll(() => {
    if (site) removeFixture(site);
  });

  it('links a bounded number of write-ups from any write-up page', () => {
    for (const i of [0, 157, N - 1]) {
      const html = page(`writeups/${name(i)}`);
      const sidebar = select('#starlight__sidebar', html) ?? html;
      const inSidebar = writeupLinks(sidebar);
      // The window of runs, less the open one, and the open run's write-ups (the last has 10).
      expect(inSidebar.length).toBeGreaterThanOrEqual(SIDEBAR_RUNS_MAX - 1 + N % SIDEBAR_RUN_SIZE);
      expect(inSidebar.length).toBeLessThanOrEqual(BOUND);
      // The page as a whole: the sidebar, previous and next, and nothing listing them all.
      expect(writeupLinks(html).length).toBeLessThanOrEqual(BOUND + 2);
      const own = inSidebar.find((a) => a.properties['ariaCurrent'] === 'page');
      expect(own?.properties['href']).toBe(`/writeups/${name(i)}/`);
      const all = selectAll('a[href="/cohort/"]', sidebar);
      expect(all.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('lists every write-up on the cohort overview', () => {
    const hrefs = new Set(writeupLinks(page('cohort')).map((a) => String(a.properties['href'])));
    for (let i = 0; i < N; i++) expect(hrefs).toContain(`/writeups/${name(i)}/`);
  });

  it('lists write-ups with one text as one group on the cohort overview, each once', () => {
    const rows = selectAll('.cohort-duplicates tbody tr', page('cohort'));
    expect(rows).toHaveLength(1);
    const copies = Array.from({ length: N - COPIES_FROM }, (_, k) => name(COPIES_FROM + k));
    expect(String(rows[0]!.properties['dataGroup']).split(' '))
      .toEqual(copies.map((copy) => `writeups/${copy}`));
    expect(writeupLinks(rows[0]!).map((a) => String(a.properties['href'])).sort())
      .toEqual(copies.map((copy) => `/writeups/${copy}/`));
  });

  it('sums up the claims on /compare/ and lists every one on the page of all claims', () => {
    const compare = page('compare');
    const summary = select('table.claims-summary-table', compare);
    expect(summary).toBeDefined();
    const row = select('tbody tr', summary!);
    expect(selectAll('td', row!).map((td) => toString(td))).toEqual(expect.arrayContaining([
      'python:3.12-slim', 'size', String(N - COPIES_FROM)]));
    // The page's text links no write-up: the sidebar and pagination do.
    const main = select('.sl-markdown-content', compare)!;
    expect(writeupLinks(main)).toHaveLength(0);
    expect(selectAll('a[href="/compare/claims/"]', main).length).toBeGreaterThanOrEqual(1);
    const all = page('compare/claims');
    const claimRows = selectAll('table.claims-table tbody tr', all);
    expect(claimRows).toHaveLength(N - COPIES_FROM);
    expect(new Set(claimRows.map((r) => String(select('a', r)?.properties['href']))))
      .toEqual(new Set(Array.from({ length: N - COPIES_FROM }, (_, k) =>
        `/writeups/${name(COPIES_FROM + k)}/`)));
  });
});
