/**
 * PDF, reading a built page: the sidebar (groups, nested groups, badges left out), the base and
 * origin, and the page's title, content and styles — from a small Starlight-like fixture built
 * under the sub-path `/courses/docker/`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { readBuiltPage } from '../../../src/pdf/read-page.ts';
import { readSidebar, sidebarLinks } from '../../../src/pdf/read-sidebar.ts';
import { detectBase, detectOrigin } from '../../../src/pdf/site-paths.ts';

const fixture = join(import.meta.dirname, '../../fixtures/pdf/sidebar-page.html');
const tree = fromHtml(readFileSync(fixture, 'utf8'));

describe('reading the sidebar', () => {
  it('keeps groups, nested groups and links in order, without badges', () => {
    expect(readSidebar(tree)).toEqual([
      {
        kind: 'group',
        label: 'Course',
        items: [
          { kind: 'link', label: 'Syllabus', href: '/courses/docker/syllabus/' },
          {
            kind: 'group',
            label: 'Week 1',
            items: [
              {
                kind: 'link',
                label: 'Your first image',
                href: '/courses/docker/lessons/first-image/',
              },
            ],
          },
        ],
      },
      { kind: 'link', label: 'About this guide', href: '/courses/docker/' },
      {
        kind: 'group',
        label: 'Links',
        items: [{ kind: 'link', label: 'Docker docs', href: 'https://docs.docker.com/' }],
      },
    ]);
  });

  it('lists links with the groups above them', () => {
    const links = sidebarLinks(readSidebar(tree) ?? []);
    expect(links.map(({ link, groups }) => [...groups, link.label].join(' > '))).toEqual([
      'Course > Syllabus',
      'Course > Week 1 > Your first image',
      'About this guide',
      'Links > Docker docs',
    ]);
  });

  it('finds no sidebar on a splash page', () => {
    expect(readSidebar(fromHtml('<main><h1>Home</h1></main>'))).toBeUndefined();
  });
});

describe('reading the site', () => {
  it('detects the base from the assets and the origin from the canonical link', () => {
    expect(detectBase(tree)).toBe('/courses/docker/');
    expect(detectBase(fromHtml('<link rel="stylesheet" href="/_astro/a.css">'))).toBe('/');
    expect(detectOrigin(tree)).toBe('https://docs.example');
  });

  it('reads a page: title, content and the styles of its head', () => {
    const page = readBuiltPage(tree, 'fixture.html');
    expect(page.title).toBe('Your first image');
    expect(page.content.properties['className']).toContain('sl-markdown-content');
    expect(page.stylesheets).toEqual([
      { href: '/courses/docker/_astro/print.css', media: 'print' },
      { href: '/courses/docker/_astro/middleware.css' },
    ]);
    expect(page.styles).toEqual(['.x:where(.astro-1){color:red}']);
  });

  it('says which file is not a Starlight page', () => {
    expect(() => readBuiltPage(fromHtml('<p>hi</p>'), 'dist/x/index.html')).toThrow(
      /dist\/x\/index\.html: found no `<main>` with `\.sl-markdown-content`/,
    );
  });
});
