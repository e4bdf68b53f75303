/**
 * Site tests: read the built guide in `dist/` (run `npm run build` first) and check what a
 * reader would get — every write-up as a page, repaired text, no broken internal link or
 * fragment, nothing loaded from another origin, and the authors' report.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/checks/check-links.ts';
import { checkOffline } from '../../src/checks/check-offline.ts';
import { readSite, type SitePage } from '../../src/checks/site-files.ts';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const writeups = readdirSync(join(root, 'content/writeups'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => basename(name, '.md'));

let pages: SitePage[] = [];
const page = (url: string): SitePage => {
  const found = pages.find((p) => p.url === url);
  if (!found) throw new Error(`no page at ${url} in dist/`);
  return found;
};
const mainText = (url: string): string =>
  toString(select('main', page(url).tree) ?? page(url).tree);

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build`');
  }
  pages = readSite(dist);
});

describe('built site', () => {
  it('has a page for every write-up, titled from its first heading', () => {
    for (const name of writeups) {
      const h1 = select('h1', page(`/writeups/${name}/`).tree);
      expect(h1 && toString(h1).trim(), name).toBeTruthy();
    }
    expect(toString(select('h1', page('/writeups/containerizing-the-vote-service/').tree)!))
      .toContain('🐳 Containerizing the Vote Service');
    expect(toString(select('h1', page('/writeups/dockerization-of-flask-application/').tree)!))
      .toBe('🐳 Dockerization of Flask Application');
  });

  it('keeps the author\'s `--` in prose and tables (no typographic dashes in commands)', () => {
    const text = mainText('/writeups/lab-02-docker-containerization/');
    expect(text).toContain('COPY --chown');
    expect(text).toContain('pip install --no-cache-dir');
    expect(text).not.toMatch(/—(?:chown|no-cache-dir|interval)/);
    for (const { url } of pages) {
      expect(mainText(url), url).not.toMatch(/\s—(?:chown|no-cache-dir|from|platform)\b/);
    }
  });

  it('shows code in generated text as code, never as backticks', () => {
    const raw: string[] = [];
    const verbatim = new Set(['code', 'pre', 'script', 'style', 'template', 'textarea', 'title']);
    for (const { url, tree } of pages) {
      visitParents(tree, 'text', (node, ancestors) => {
        if (ancestors.some((a) => a.type === 'element' && verbatim.has(a.tagName))) return;
        const span = /`[^`\n]+`/.exec(node.value);
        if (span) raw.push(`${url}: ${span[0]}`);
      });
    }
    expect(raw).toEqual([]);
    expect(select('.findings-list li code', page('/rules/dl3042/').tree)).toBeTruthy();
    expect(select('.finding-message code', page('/writeups/lab-02-docker-containerization/').tree))
      .toBeTruthy();
  });

  it('labels one line "Line", counts with spaces, and names the search shortcut it has', () => {
    const singular: string[] = [];
    for (const { url, file } of pages) {
      const html = readFileSync(join(dist, file), 'utf8');
      for (const match of html.matchAll(/Lines \d+(?![\d–,])/g)) {
        singular.push(`${url}: ${match[0]}`);
      }
    }
    expect(singular).toEqual([]);
    expect(mainText('/authors/report/')).toMatch(/\d+ notes? in \d+ files?\. /);
    expect(mainText('/')).toContain('Ctrl+K');
    expect(mainText('/')).not.toContain('press /');
  });

  it('puts a copy-link button on walkthrough steps only, never under a heading', () => {
    const stray: string[] = [];
    for (const { url, tree } of pages) {
      for (const button of selectAll('button.copy-link', tree)) {
        if (!selectAll('.wt-step > button.copy-link', tree).includes(button)) stray.push(url);
      }
    }
    expect(stray).toEqual([]);
    expect(selectAll('.wt-step > button.copy-link', page('/walkthroughs/multi-stage-python/').tree))
      .not.toHaveLength(0);
  });

  it('labels every body cell of a comparison table (stacked on a phone, the header is hidden)',
    () => {
      const unlabelled: string[] = [];
      let cells = 0;
      for (const { url, tree } of pages) {
        for (const cell of selectAll('table.compare-table tbody td', tree)) {
          cells++;
          if (!cell.properties['dataLabel']) unlabelled.push(`${url}: ${toString(cell)}`);
        }
      }
      expect(cells).toBeGreaterThan(50);
      expect(unlabelled).toEqual([]);
    });

  it('labels every body cell of the other tables that stack into cards (wide-tables.css)', () => {
    const stacking = ['.claims-table', '.practices-matrix', '.wt-diff table'];
    for (const table of stacking) {
      const unlabelled: string[] = [];
      let cells = 0;
      for (const { url, tree } of pages) {
        for (const cell of selectAll(`${table} tbody td`, tree)) {
          cells++;
          if (!cell.properties['dataLabel']) unlabelled.push(`${url}: ${toString(cell)}`);
        }
      }
      expect(cells, table).toBeGreaterThan(10);
      expect(unlabelled, table).toEqual([]);
    }
  });

  it('lists every write-up in the sidebar', () => {
    const tree = page('/writeups/containerization-details/').tree;
    const sidebar = selectAll('nav.sidebar a[href]', tree).map((a) =>
      String(a.properties['href']),
    );
    for (const name of writeups) expect(sidebar).toContain(`/writeups/${name}/`);
  });

  it('shows no mojibake in any write-up', () => {
    for (const name of writeups) {
      expect(mainText(`/writeups/${name}/`), name)
        .not.toMatch(/â€|â‰|Ã.|üê|ï£¿|\uFFFD/);
    }
    expect(mainText('/writeups/containerization-details/')).toContain('≈5MB base image');
  });

  it('unwraps the write-up that was pasted inside a markdown fence', () => {
    const url = '/writeups/containerizing-the-vote-service/';
    const headings = selectAll('main h2, main h3', page(url).tree).map((h) => toString(h));
    expect(headings).toContain('✅ Final Dockerfile');
    const blocks = selectAll('main pre', page(url).tree).map((pre) => toString(pre));
    expect(blocks.some((text) => text.includes('Containerizing the Vote Service'))).toBe(false);
    // The final Dockerfile, now the walkthrough's pinned file, is a real code block.
    const whole = select('main .walkthrough .wt-code pre', page(url).tree);
    expect(whole && toString(whole)).toContain('FROM python:${PYTHON_VERSION}-alpine');
    expect(blocks.filter((text) => text.includes('ENTRYPOINT ["python3"]')).length)
      .toBeGreaterThan(0);
  });

  it('turns the vote-service write-up into a walkthrough covering every line of its file', () => {
    const tree = page('/writeups/containerizing-the-vote-service/').tree;
    const steps = selectAll('main .walkthrough .wt-step', tree);
    expect(steps.map((s) => toString(select('a.wt-step-link', s)!).trim())).toEqual([
      '✅ Why Alpine over Slim?',
      '🐍 Python Version — Why Latest?',
      '🗂️ Working Directory — /app',
      '👤 Non-root User — Meet appuser',
      '🧾 Installing Dependencies — With Cache in Mind',
      '📦 Copying Code',
      '👇 Switching to Non-root Before Runtime',
      '🚀 Entrypoint vs CMD — Flexibility First',
    ]);
    const covered = new Set(steps.flatMap((s) =>
      String(s.properties['dataLines']).split(',').map(Number)));
    const whole = selectAll('main .walkthrough .wt-code .ec-line', tree).map((l) => toString(l));
    expect(whole.length).toBe(24);
    const uncovered = whole.flatMap((text, i) =>
      text.trim() !== '' && !covered.has(i + 1) ? [i + 1] : []);
    expect(uncovered).toEqual([]);
    expect(selectAll('main .wt-diff tbody tr', tree).length).toBeGreaterThan(5);
  });

  it('closes unclosed fences where the author meant, so later sections are not code', () => {
    const url = '/writeups/dockerization-of-flask-application/';
    const headings = selectAll('main h2', page(url).tree).map((h) => toString(h).trim());
    expect(headings).toEqual(expect.arrayContaining([
      '📦 How to Build the Docker Image',
      '🔍 Differences Between Distroless and Previous Images',
    ]));
    expect(selectAll('main table', page(url).tree)).toHaveLength(1);
  });

  it('gives emoji headings clean anchors and keeps the emoji in the text', () => {
    const tree = page('/writeups/containerizing-the-vote-service/').tree;
    const heading = select('h3#why-alpine-over-slim', tree);
    expect(heading && toString(heading)).toContain('✅');
    for (const h of selectAll('main :is(h2, h3, h4)[id]', tree)) {
      expect(String(h.properties['id'])).toMatch(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u);
    }
  });

  it('shows missing images as placeholders, never as a broken <img>', () => {
    for (const url of ['/writeups/containerizing-the-vote-service/',
      '/writeups/docker-implementation-details/']) {
      expect(selectAll('main .shipshape-missing-image[role="img"]', page(url).tree))
        .toHaveLength(1);
      expect(selectAll('main img', page(url).tree)).toHaveLength(0);
    }
  });

  it('has no broken internal link or fragment', () => {
    const broken = checkLinks(pages, dist).map((b) => `${b.page} -> ${b.href}: ${b.reason}`);
    expect(broken).toEqual([]);
  });

  it('loads nothing from another origin', () => {
    expect(checkOffline(pages, dist)).toEqual([]);
  });

  it('lists the ingest diagnostics with file:line on the authors report page', () => {
    const text = mainText('/authors/report/');
    expect(text).toContain('content/writeups/containerizing-the-vote-service.md:3');
    expect(text).toContain('content/writeups/dockerization-of-flask-application.md:14');
    expect(text).toContain('content/writeups/containerization-details.md:17');
    expect(text).toMatch(/images-comparison\.png/);
  });
});
