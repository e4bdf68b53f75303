/**
 * Site test: "Open in playground" in the built guide (`dist/`, run `npm run build` first). Every
 * Dockerfile block's findings panel is followed by the link, whose fragment holds that block's
 * text (every line of it is on the page, in the block), the link checker accepts those
 * fragments because the playground declares it reads them, and the playground page itself says
 * without JavaScript what it needs and which command checks a Dockerfile instead.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/checks/check-links.ts';
import { readSite, type SitePage } from '../../src/checks/site-files.ts';
import { decodeDockerfile } from '../../src/shared/playground-link.ts';

const dist = join(import.meta.dirname, '../../dist');
let pages: SitePage[] = [];

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('no dist/: run `npm run build`');
  pages = readSite(dist);
});

describe('Open in playground', () => {
  it('follows every Dockerfile block, holding the block', () => {
    let links = 0;
    for (const page of pages) {
      const panels = selectAll('details.dockerfile-findings', page.tree);
      const anchors = selectAll('p.open-in-playground > a', page.tree);
      expect(anchors.length, page.url).toBe(panels.length);
      const text = toString(page.tree);
      for (const anchor of anchors) {
        const href = String(anchor.properties['href']);
        expect(href, page.url).toMatch(/^\/playground\/#dockerfile=[\w-]+$/);
        const decoded = decodeDockerfile(href.slice(href.indexOf('#')));
        if (decoded.kind !== 'dockerfile') throw new Error(`${page.url}: ${href} unreadable`);
        for (const line of decoded.text.split('\n').filter((l) => l.trim() !== '')) {
          expect(text, page.url).toContain(line.trim());
        }
        links++;
      }
    }
    // Write-ups, examples, walkthroughs and lessons all show Dockerfiles.
    expect(links).toBeGreaterThan(30);
  });

  it('leaves the link checker nothing to report about them', () => {
    const broken = checkLinks(pages, dist).filter((b) => b.href.includes('playground'));
    expect(broken).toEqual([]);
  });

  it('opens a page that, without JavaScript, names what it needs and the CLI command', () => {
    const playground = pages.find((p) => p.url === '/playground/');
    if (!playground) throw new Error('no /playground/ in dist/');
    expect(select('[data-fragment-param="dockerfile"]', playground.tree)).toBeDefined();
    const fallback = select('.playground-needs-js', playground.tree);
    expect(toString(fallback ?? playground.tree)).toContain('needs JavaScript');
    expect(toString(fallback ?? playground.tree)).toContain('npx shipshape lint Dockerfile');
  });
});
