/**
 * "On this page" on the built site: one "Overview" when the author's first heading is Overview
 * (lab 02), and rule pages list their sections (a StarlightPage lists only what it is given).
 */
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSite, type SitePage } from '../../src/checks/site-files.ts';

const root = join(import.meta.dirname, '../..');
let pages: SitePage[] = [];
const toc = (url: string): string[] => {
  const page = pages.find((p) => p.url === url);
  if (!page) throw new Error(`no page at ${url} in dist/`);
  return selectAll('a', select('starlight-toc nav', page.tree)!).map((a) => toString(a).trim());
};

beforeAll(() => {
  pages = readSite(join(root, 'dist'));
});

describe('on this page', () => {
  it('shows Overview once on a write-up whose first heading is Overview', () => {
    const entries = toc('/writeups/lab-02-docker-containerization/');
    expect(entries.filter((text) => text === 'Overview')).toHaveLength(1);
    expect(entries[0]).toBe('Overview');
  });

  it('shows Overview at most once on every page', () => {
    for (const page of pages) {
      if (select('starlight-toc nav', page.tree) === undefined) continue;
      const entries = toc(page.url);
      const overviews = entries.filter((text) => text === 'Overview');
      expect(overviews.length, page.url).toBeLessThanOrEqual(1);
    }
  });

  it('lists a rule page\'s sections', () => {
    expect(toc('/rules/dl3006/')).toEqual(['Overview', 'What it checks', 'Why it matters',
      'Bad example', 'Good example', 'In the write-ups']);
  });
});
