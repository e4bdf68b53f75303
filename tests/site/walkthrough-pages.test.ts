/**
 * Site tests for pages with a walkthrough, read from the built guide in `dist/` (run
 * `npm run build` first): they are in the sidebar, they have no table of contents (the
 * walkthrough takes the width), and the code's lines are numbered for the steps' "Lines 11–14".
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSite, type SitePage } from '../../src/checks/site-files.ts';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const walkthroughPages = readdirSync(join(root, 'content/pages/walkthroughs'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => `/walkthroughs/${basename(name, '.md')}/`);

let pages: SitePage[] = [];
const page = (url: string): SitePage => {
  const found = pages.find((p) => p.url === url);
  if (!found) throw new Error(`no page at ${url} in dist/`);
  return found;
};
const withWalkthrough = (): SitePage[] =>
  pages.filter(({ tree }) => select('section.walkthrough[data-walkthrough]', tree));

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build`');
  }
  pages = readSite(dist);
});

describe('pages with a walkthrough', () => {
  it('are listed in the sidebar under "Walkthroughs", on every page', () => {
    expect(walkthroughPages.length).toBeGreaterThan(0);
    for (const url of ['/writeups/containerization-details/', '/compare/', ...walkthroughPages]) {
      const groups = selectAll('nav.sidebar details', page(url).tree);
      const group = groups.find((details) =>
        toString(select('summary', details) ?? details).trim() === 'Walkthroughs');
      expect(group, url).toBeDefined();
      const links = selectAll('a[href]', group!).map((a) => String(a.properties['href']));
      expect(links, url).toEqual(walkthroughPages);
    }
  });

  it('have no table of contents, neither beside the page nor above it', () => {
    const found = withWalkthrough().map((p) => p.url);
    // Pages, write-ups, lessons and examples all have walkthroughs.
    for (const url of ['/walkthroughs/multi-stage-python/',
      '/writeups/containerizing-the-vote-service/', '/lessons/multi-stage-builds/',
      '/examples/01-first-dockerfile/']) expect(found).toContain(url);
    for (const url of found) {
      const { tree } = page(url);
      expect(select('html', tree)?.properties['dataHasToc'], url).toBeUndefined();
      expect(select('starlight-toc', tree), url).toBeUndefined();
      expect(select('mobile-starlight-toc', tree), url).toBeUndefined();
    }
    // A page without one keeps its contents list.
    const plain = '/writeups/dockerization-of-flask-application/';
    expect(select('starlight-toc', page(plain).tree)).toBeDefined();
    expect(select('mobile-starlight-toc', page(plain).tree)).toBeDefined();
  });

  it('number the lines of the whole Dockerfile, with a gutter as wide as the last number', () => {
    for (const { url, tree } of withWalkthrough()) {
      for (const code of selectAll('.wt-code', tree)) {
        const lines = selectAll('.ec-line', code).length;
        expect(lines, url).toBeGreaterThan(0);
        expect(code.properties['dataLineDigits'], url).toBe(String(String(lines).length));
      }
    }
  });

  it('caption the code without saying where it is (it is beside the steps on a desktop)', () => {
    for (const { url, tree } of withWalkthrough()) {
      for (const caption of selectAll('.wt-caption', tree)) {
        expect(toString(caption), url).not.toMatch(/above|below/);
      }
    }
    expect(toString(select('.wt-caption', page('/walkthroughs/multi-stage-python/').tree)!))
      .toBe('Walkthrough of this Dockerfile in 7 steps: select a step to highlight the lines ' +
        'it explains.');
  });
});
