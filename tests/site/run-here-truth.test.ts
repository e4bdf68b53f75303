/**
 * "Run it here" on the built example pages tells the truth (issue 12): which Python it runs
 * (Pyodide's, as the installed package says) and where the image's differs, which builds of
 * Flask and Werkzeug it loads and which advisories they still carry, and that the pinned
 * releases have none in the guide's list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSite, type SitePage } from '../../src/checks/site-files.ts';
import { listExamples } from '../../src/examples/read-examples.ts';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const lock = JSON.parse(readFileSync(join(root, 'node_modules/pyodide/pyodide-lock.json'),
  'utf8')) as { info: { python: string } };
let pages: SitePage[] = [];
const text = (slug: string, selector: string): string => {
  const page = pages.find((p) => p.url === `/examples/${slug}/`);
  if (!page) throw new Error(`no page for ${slug} in dist/`);
  const node = select(selector, page.tree as Root);
  return node ? toString(node).replace(/\s+/g, ' ').trim() : '';
};

beforeAll(() => {
  pages = readSite(dist);
});

describe('Run it here, the Python it runs', () => {
  it.each(listExamples(root))('%s names Pyodide\'s Python', (slug) => {
    expect(text(slug, '[data-python]')).toContain(`Run uses Python ${lock.info.python} (Pyodide `);
  });

  it('says the distroless image runs Debian 12\'s 3.11, not the page\'s, with a source', () => {
    const line = text('04-distroless', '[data-python]');
    expect(line).toContain('gcr.io/distroless/python3-debian12:nonroot runs Python 3.11, not 3.13');
    const page = pages.find((p) => p.url === '/examples/04-distroless/');
    const link = select('[data-python] a', page?.tree as Root);
    expect(String(link?.properties['href']))
      .toMatch(/^https:\/\/github\.com\/GoogleContainerTools\//);
  });

  it('says a floating tag\'s Python is unknown', () => {
    expect(text('01-first-dockerfile', '[data-python]'))
      .toContain('Which Python python:alpine runs is unknown here');
  });
});

describe('Run it here, the packages it loads', () => {
  it.each(listExamples(root))('%s names Debian 13\'s builds, their fixes and what stays open',
    (slug) => {
      const line = text(slug, '[data-packages]');
      expect(line).toContain('built with, Debian 13\'s builds of Flask 3.1.1, Werkzeug 3.1.3, '
        + 'Jinja2 3.1.6, MarkupSafe 2.1.5, itsdangerous 2.2.0, click 8.1.8, blinker 1.9.0 '
        + '(python3-flask 3.1.1-1+deb13u1, python3-werkzeug 3.1.3-2)');
      expect(line).toContain('not the releases requirements.txt pins '
        + '(Flask 3.1.3, Werkzeug 3.1.8, click 8.3.3)');
      expect(line).toContain('list fixes for CVE-2026-27205, CVE-2024-49767.');
      expect(line).toMatch(/still carry 4 advisories of the guide's list that Run cannot reach: /);
      expect(line).toContain('Werkzeug\'s GHSA-hgf8-39gv-g3f2, GHSA-87hc-h4r5-73f7 and '
        + 'GHSA-29vq-49wr-vm6x (device names (CON, AUX, …) are special only on Windows');
      expect(line).toContain('click\'s GHSA-47fr-3ffg-hgmw (only click.edit() starts the editor');
      expect(line).toContain('the pinned releases, which have no advisory in that list');
    });
});
