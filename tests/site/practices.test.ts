/**
 * Site test: the practices matrix in `dist/practices/index.html` (run `npm run build` first)
 * shows the verdicts the real write-ups earn — each on the write-up's final Dockerfile or its
 * snippets, never on a bad example — and every verdict names a line and links to a place that
 * exists on the write-up's page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '../../dist');
const read = (url: string): Root =>
  fromHtml(readFileSync(join(dist, url, 'index.html'), 'utf8'));
const text = (node: Element | Root | undefined): string =>
  node ? toString(node).replace(/\s+/g, ' ').trim() : '';

let page: Root;
beforeAll(() => {
  if (!existsSync(join(dist, 'practices/index.html'))) {
    throw new Error('dist/ is missing: run `npm run build`');
  }
  page = read('practices');
});

/** Row of the matrix whose write-up link goes to `/writeups/<name>/`. */
function row(name: string): Element {
  const found = selectAll('table.practices-matrix tbody tr', page)
    .find((tr) => select(`th a[href="/writeups/${name}/"]`, tr));
  if (!found) throw new Error(`no row for ${name}`);
  return found;
}

/** `practice: verdict@line` for every cell of a row. */
function cells(name: string): string[] {
  return selectAll('td', row(name)).map((td) => {
    const line = td.properties['dataLine'];
    return `${String(td.properties['dataPractice'])}: ${String(td.properties['dataVerdict'])}` +
      (line === undefined ? '' : `@${String(line)}`);
  });
}

describe('practices matrix', () => {
  it('judges the vote service on its final Dockerfile: non-root, layer order, no pip cache', () => {
    expect(text(select('.judged-on', row('containerizing-the-vote-service'))))
      .toBe('Judged on: final Dockerfile, line 156');
    const basis = select('[data-writeup="writeups/containerizing-the-vote-service"]', page);
    expect(text(select('[data-role="final"]', basis))).toBe('Judged on the final Dockerfile, ' +
      'content/writeups/containerizing-the-vote-service.md:156 (under “✅ Final Dockerfile”): ' +
      'the Dockerfile its walkthrough explains.');
    expect(text(select('[data-role="example"]', basis))).toContain(
      'containerizing-the-vote-service.md:9 (under “📄 02-containerized-vote.md”), introduced ' +
      'as “When I began containerizing the vote service, I took the typical route first');
    expect(cells('containerizing-the-vote-service')).toEqual([
      'pinned-base: yes@157', 'non-root: yes@176', 'dependency-layer: yes@172',
      'no-pip-cache: yes@172', 'dockerignore: unknown', 'multi-stage: no@157',
      'healthcheck: no@157', 'exec-form: yes@178',
    ]);
  });

  it('does not mark Lab 02 down for its "Bad Example:" block, and counts its .dockerignore', () => {
    expect(cells('lab-02-docker-containerization')).toEqual([
      'pinned-base: yes@62', 'non-root: yes@18', 'dependency-layer: yes@49',
      'no-pip-cache: yes@49', 'dockerignore: yes@102', 'multi-stage: yes@34',
      'healthcheck: yes@131', 'exec-form: unknown',
    ]);
    const basis = select('[data-writeup="writeups/lab-02-docker-containerization"]', page);
    const setAside = selectAll('[data-role="example"]', basis).map(text);
    expect(setAside).toEqual([expect.stringContaining(
      'lab-02-docker-containerization.md:362 (under “4.2 What Would Break with Different ' +
      'Layer Order”), introduced as “Bad Example:”')]);
    expect(text(select('[data-role="evidence"]', basis))).toBe('Judged on its 11 Dockerfile ' +
      'snippets (it shows no complete Dockerfile), content/writeups/lab-02-docker-' +
      'containerization.md lines 15, 31, 48, 62, 75, 88, 119, 131, 145, 424, 438.');
  });

  it('counts the Flask write-up\'s .dockerignore; unknown stays unknown elsewhere', () => {
    expect(cells('dockerization-of-flask-application')).toEqual([
      'pinned-base: unknown', 'non-root: yes@16', 'dependency-layer: yes@29',
      'no-pip-cache: yes@29', 'dockerignore: yes@34', 'multi-stage: unknown',
      'healthcheck: unknown', 'exec-form: unknown',
    ]);
    expect(cells('docker-implementation-details').every((c) => c.endsWith(': unknown')))
      .toBe(true);
    expect(cells('containerization-details').every((c) => c.endsWith(': unknown'))).toBe(true);
    const cell = select('td[data-practice="dockerignore"]', row('docker-implementation-details'));
    expect(text(cell)).toContain('? unknown');
    expect(cell?.properties['title']).toContain('names a .dockerignore (line 21) but does not');
  });

  it('judges a folder write-up on the Dockerfile and .dockerignore beside it', () => {
    expect(text(select('.judged-on', row('app_python')))).toContain('final Dockerfile, Dockerfile');
    expect(cells('app_python')).toContain('dockerignore: yes@1');
    const user = select('td[data-practice="non-root"]', row('app_python'));
    expect(text(user)).toMatch(/✓ yes ?Dockerfile line 12/);
  });

  it('shows each verdict\'s line and links it to a place on the write-up\'s page', () => {
    const links = selectAll('table.practices-matrix td a', page);
    // Vote 7, Flask 4, Lab 02 7, the folder write-up app_python 8: every cell with a line, and
    // only those, links.
    expect(links.length).toBe(26);
    expect(selectAll('table.practices-matrix td[data-line]', page).length).toBe(26);
    for (const td of selectAll('table.practices-matrix td[data-line]', page)) {
      const line = String(td.properties['dataLine']);
      expect(text(select('.verdict-line', td)))
        .toMatch(new RegExp(`^(?:Dockerfile |\\.dockerignore )?line ${line}$`));
      expect(String(td.properties['title']))
        // A folder write-up's verdicts name lines of its files (app_python/Dockerfile:12).
        .toMatch(new RegExp(`content/writeups/.+(?:\\.md|/Dockerfile|/\\.dockerignore):${line}`));
      const href = String(select('a', td)?.properties['href']);
      const [path = '', anchor = ''] = href.split('#');
      const target = read(path);
      expect(selectAll(`[id="${anchor}"]`, target).length, href).toBe(1);
    }
  });

  it('states the pinning criterion and cites hadolint\'s DL3006 and DL3007', () => {
    const criteria = select('.practices-criteria', page);
    expect(text(criteria)).toContain('a tag with a version number');
    expect(text(criteria)).toContain('bookworm');
    expect(selectAll('a', criteria).map((a) => a.properties['href']))
      .toEqual(expect.arrayContaining(['/rules/dl3006/', '/rules/dl3007/']));
  });
});

describe('the explanation above the matrix', () => {
  // Astro drops the line break after an inline element that ends a source line: "its
  // finalDockerfile", "latest(DL3007)".
  it('keeps the space after each inline element', () => {
    const intro = text(select('main .sl-markdown-content', page) ?? page);
    expect(intro).toContain('reads its final Dockerfile: the one');
    expect(intro).toContain('or latest (DL3007) floats');
  });
});
