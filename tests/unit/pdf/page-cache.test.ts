/**
 * PDF, a long guide's pages in memory: each page is read from `dist/` when asked for and only
 * the last few are kept (`PageCache`), so that composing a guide of a thousand write-ups, one
 * synchronous job, never holds every page at once (it held 2.3 GB of trees at N = 1000 when the
 * pages were kept by weak references, which a job keeps alive until it ends).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guidePages, PageCache, readGuide } from '../../../src/pdf/read-guide.ts';

const fixture = readFileSync(join(import.meta.dirname, '../../fixtures/pdf/sidebar-page.html'),
  'utf8');
let dist = '';

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'shipshape-page-cache-'));
  // The three pages the fixture's sidebar links to, each the fixture itself.
  for (const file of ['index.html', 'syllabus/index.html', 'lessons/first-image/index.html']) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), fixture);
  }
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('a guide\'s pages, read when asked for', () => {
  it('keeps the pages read last and lets the others go, in one synchronous run', () => {
    // Room for one page's HTML: the last page read stays, every other is let go.
    const pages = guidePages(readGuide(dist, undefined, fixture.length).parts);
    expect(pages.map((page) => page.path)).toEqual(['syllabus/', 'lessons/first-image/', '']);
    const first = pages[0]!.page;
    expect(pages[0]!.page).toBe(first);
    for (const page of pages.slice(1)) expect(page.page.title).toBe('Your first image');
    const again = pages[0]!.page;
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('keeps as many as the budget holds, the most recently used last', () => {
    const cache = new PageCache(2 * fixture.length);
    const [a, b, c] = ['index.html', 'syllabus/index.html', 'lessons/first-image/index.html']
      .map((file) => join(dist, file)) as [string, string, string];
    const pageA = cache.get(a);
    const pageB = cache.get(b);
    expect(cache.get(a)).toBe(pageA);
    cache.get(c);
    // b was the least recently used: let go; a and c stay.
    expect(cache.get(a)).toBe(pageA);
    expect(cache.get(b)).not.toBe(pageB);
  });

  it('keeps the last page read even when it alone is over the budget', () => {
    const cache = new PageCache(10);
    const file = join(dist, 'index.html');
    const page = cache.get(file);
    expect(cache.get(file)).toBe(page);
  });
});
