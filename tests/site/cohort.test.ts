/**
 * Issue 14, "a cohort, for the instructor", on a built site: 50 generated write-ups
 * (tests/fixtures/cohort/generate-cohort.ts: faults planted by position, several titled alike,
 * sizes the dataset contradicts, copies among them) build into a cohort page whose rankings,
 * claims and duplicate pairs match what was planted, read from its HTML; same titles are told
 * apart in the heading, `<title>`, sidebar and search index; the sidebar holds a bounded number
 * of write-ups.
 * The site is kept in `dist-cohort/` for tests/browser/cohort.spec.ts.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, removeFixture, type FixtureBuild } from './build-fixture.ts';
import { generateCohort } from '../fixtures/cohort/generate-cohort.ts';
import { COHORT_SITE, PLAN } from '../browser/cohort-server.ts';
import { SIDEBAR_RUN_SIZE } from '../../src/site/writeup-sidebar.ts';

const root = join(import.meta.dirname, '../..');
const cohort = generateCohort(50);
const attr = (node: Element | undefined, name: string) => String(node?.properties[name] ?? '');

describe('a generated cohort of 50 write-ups', () => {
  let site: FixtureBuild;
  const html = (path: string) => readFileSync(join(site.dir, 'dist', path, 'index.html'),
    'utf8');
  let page: ReturnType<typeof fromHtml>;

  beforeAll(() => {
    const files: Record<string, string> = {
      'content/pages/index.md': '---\ntitle: Course\n---\n\nThe cohort.\n',
      'content/data/base-images.yaml': readFileSync(join(root, 'content/data/base-images.yaml'),
        'utf8'),
    };
    for (const [file, text] of Object.entries(cohort.files)) {
      files[`content/writeups/${file}`] = text;
    }
    site = buildFixture(files);
    if (site.code !== 0) throw new Error(`the cohort site did not build:\n${site.output}`);
    page = fromHtml(html('cohort'));
    rmSync(COHORT_SITE.dist, { recursive: true, force: true });
    cpSync(join(site.dir, 'dist'), COHORT_SITE.dist, { recursive: true });
    writeFileSync(join(COHORT_SITE.dist, PLAN), `${JSON.stringify(cohort.writeups, null, 1)}\n`);
  }, 300_000);

  afterAll(() => {
    if (site) removeFixture(site);
  });

  it('lists every write-up once, with its findings by severity and its practices', () => {
    const rows = selectAll('.cohort-table tbody tr', page);
    expect(rows.map((r) => attr(r, 'dataWriteup')).sort())
      .toEqual(cohort.writeups.map((w) => w.id).sort());
    for (const row of rows) {
      expect(selectAll('td[data-severity]', row)).toHaveLength(4);
      expect(selectAll('td[data-practice]', row)).toHaveLength(8);
    }
    // Each planted fault is a warning in the row of every write-up it was planted in.
    const planned = new Map(cohort.writeups.map((w) => [w.id, w]));
    for (const row of rows) {
      const plan = planned.get(attr(row, 'dataWriteup'))!;
      const warnings = Number(attr(select('td[data-severity=warning]', row), 'dataCount'));
      expect(warnings).toBeGreaterThanOrEqual(plan.faults.length);
      const pinned = select('td[data-practice=pinned-base]', row);
      expect(attr(pinned, 'dataVerdict')).toBe(plan.faults.includes('DL3007') ? 'no' : 'yes');
    }
  });

  it('ranks the findings by how many write-ups have them, as planted', () => {
    const items = selectAll('.cohort-common > li', page);
    const counts = items.map((li) => Number(attr(li, 'dataWriteups')));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const rank = (rule: string) => items.findIndex((li) => attr(li, 'dataRule') === rule);
    for (const rule of ['DL3042', 'DL3008', 'DL3007'] as const) {
      const li = items[rank(rule)];
      const planted = cohort.writeups.filter((w) => w.faults.includes(rule));
      expect(Number(attr(li, 'dataWriteups')), rule).toBe(planted.length);
      // Each occurrence links to the write-up's findings panel.
      const hrefs = selectAll('details a', li!).map((a) => attr(a, 'href').split('#')[0]);
      expect(new Set(hrefs)).toEqual(new Set(planted.map((w) => `/${w.id}/`)));
    }
    expect(rank('DL3042')).toBeLessThan(rank('DL3008'));
    expect(rank('DL3008')).toBeLessThan(rank('DL3007'));
  });

  it('lists the claims the dataset contradicts', () => {
    const rows = selectAll('.cohort-claims tbody tr', page);
    expect(rows.map((r) => attr(r, 'dataWriteup')).sort()).toEqual(cohort.writeups
      .filter((w) => w.wrongClaims > 0).map((w) => w.id).sort());
    expect(toString(rows[0]!)).toMatch(/python:3\.13-alpine/);
  });

  it('pairs each copy with its original, the exact one as identical', () => {
    const rows = selectAll('.cohort-duplicates tbody tr', page);
    const pairs = rows.map((r) => attr(r, 'dataPair'));
    expect(pairs.sort()).toEqual(cohort.writeups.filter((w) => w.copyOf)
      .map((w) => [w.id, w.copyOf!.id].sort().join(' ')).sort());
    const exact = cohort.writeups.find((w) => w.copyOf?.exact)!;
    const first = selectAll('.cohort-duplicates tbody tr', page)[0]!;
    expect(attr(first, 'dataPair')).toContain(exact.id);
    expect(toString(select('td[data-label=Shared]', first)!).trim()).toBe('identical');
    for (const row of rows.slice(1)) {
      const shown = toString(select('td[data-label=Shared]', row)!).trim();
      expect(shown).toBe(`${Math.floor(Number(attr(row, 'dataShare')) * 100)}%`);
      expect(Number(attr(row, 'dataShare'))).toBeLessThan(1);
    }
  });

  it('tells apart write-ups with the same title in the heading, <title> and sidebar', () => {
    const alike = cohort.writeups.filter((w) => w.title === 'Docker Best Practices');
    expect(alike.length).toBeGreaterThan(1);
    for (const w of alike) {
      const doc = fromHtml(html(w.id));
      const name = w.file.replace(/\.md$/, '');
      expect(toString(select('h1', doc)!)).toBe(`Docker Best Practices (${name})`);
      expect(toString(select('title', doc)!)).toMatch(`Docker Best Practices (${name})`);
      const current = select('#starlight__sidebar a[aria-current=page]', doc);
      expect(toString(current!).trim()).toBe(`Docker Best Practices (${name})`);
    }
  });

  it('tells them apart in the search index too', () => {
    // Pagefind's fragments: gzip, a signature, then the page's JSON with its title.
    const dir = join(site.dir, 'dist/pagefind/fragment');
    const titles = new Map(readdirSync(dir).map((name) => {
      const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
      const page = JSON.parse(text.slice(text.indexOf('{'))) as
        { url: string; meta: { title: string } };
      return [page.url, page.meta.title];
    }));
    for (const w of cohort.writeups.filter((x) => x.title === 'Docker Best Practices')) {
      const name = w.file.replace(/\.md$/, '');
      expect(titles.get(`/${w.id}/`)).toBe(`Docker Best Practices (${name})`);
    }
  });

  it('keeps the sidebar to runs of write-ups, sorted by title with case aside', () => {
    const w = cohort.writeups[0]!;
    const doc = fromHtml(html(w.id));
    const links = selectAll('#starlight__sidebar a[href^="/writeups/"]', doc);
    const runs = Math.ceil(cohort.writeups.length / SIDEBAR_RUN_SIZE);
    // One open run of at most 20, one link for each of the others.
    expect(links.length).toBeLessThanOrEqual(SIDEBAR_RUN_SIZE + runs - 1);
    const open = selectAll('#starlight__sidebar details[open] details[open] a', doc)
      .map((a) => toString(a).trim());
    expect(open).toContain(toString(select('h1', doc)!));
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(open).toEqual([...open].sort(collator.compare));
  });
});
