/**
 * PDF, the print documents: heading levels follow the sidebar (groups h1, pages h2, sections
 * h3), the cover and contents use no heading elements (they stay out of the PDF outline), each
 * page is a named CSS page with its running header, and the contents list every entry. The body
 * comes in parts: a link into another part points at a hidden stub, and its target gets a hidden
 * link, so that Chromium writes both (merge-parts.ts joins them).
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import {
  composeGuide, cssString, runningHeader, type ComposeOptions, type PagePart,
} from '../../../src/pdf/compose-document.ts';

function page(path: string, label: string, html: string): PagePart {
  const tree = fromHtml(`<div class="sl-markdown-content">${html}</div>`, { fragment: true });
  return {
    kind: 'page',
    label,
    path,
    key: `pg-${path.replace(/\W+/g, '-').replace(/-$/, '')}`,
    page: {
      title: label,
      content: select('div', tree) as Element,
      stylesheets: [{ href: '/_astro/site.css' }, { href: '/_astro/print.css', media: 'print' }],
      styles: ['.a{}'],
    },
  };
}

const syllabus = page('syllabus/', 'Syllabus', '<h2 id="goals">Goals</h2>');
const lesson = page('lessons/one/', 'Lesson one', '<h2 id="setup">Setup</h2><h3>Detail</h3>' +
  '<a href="/syllabus/#goals">goals</a>');
const home = page('', 'About', '<p>Hi</p>');

const options: ComposeOptions = {
  title: 'Guide',
  cover: { title: 'shipshape', lines: ['The guide', 'Version 1 · built 2026-01-01'] },
  parts: [{ kind: 'group', label: 'Course', parts: [syllabus, lesson] }, home],
  base: '/',
  lang: 'en',
  tocSections: false,
  printCss: '/* print */',
};
const composed = composeGuide(options);
const front = fromHtml(composed.front());
const body = composed.part(0, new Map());
const tree = fromHtml(body.html);
const headings = selectAll('h1, h2, h3, h4, h5, h6', tree).map(
  (node) => `${node.tagName} ${toString(node)}`,
);

describe('composing the print document', () => {
  it('gives groups h1, pages one level below their group, sections below their page', () => {
    expect(headings).toEqual([
      'h1 Course', 'h2 Syllabus', 'h3 Goals', 'h2 Lesson one', 'h3 Setup', 'h4 Detail', 'h1 About',
    ]);
  });

  it('prints the cover and the contents, free of heading elements, in a document of their own',
    () => {
      expect(selectAll('h1, h2, h3, h4, h5, h6', front)).toEqual([]);
      const frontBody = select('body', front) as Element;
      const classes = frontBody.children.flatMap((child) =>
        child.type === 'element' ? [String(child.properties['className'])] : []);
      expect(classes).toEqual(['pdf-cover', 'pdf-toc', 'pdf-anchors']);
      expect(composed.partCount).toBe(1);
    });

  it('lists groups and pages in the contents, each linking to its target', () => {
    expect(composed.toc).toEqual([
      { label: 'Course', target: 'grp-1', level: 1 },
      { label: 'Syllabus', target: 'pg-syllabus', level: 2 },
      { label: 'Lesson one', target: 'pg-lessons-one', level: 2 },
      { label: 'About', target: 'pg-', level: 1 },
    ]);
    const links = selectAll('.pdf-toc a', front).map((a) => a.properties['href']);
    expect(links).toEqual(['#grp-1', '#pg-syllabus', '#pg-lessons-one', '#pg-']);
    for (const entry of composed.toc) {
      // A printed target in the body, a hidden stub in the front (the link needs an id).
      expect(select(`article [id="${entry.target}"], article[id="${entry.target}"]`, tree))
        .toBeTruthy();
      expect(select(`.pdf-anchors [id="${entry.target}"]`, front)).toBeTruthy();
      expect(select(`.pdf-anchors a[href="#${entry.target}"]`, tree)).toBeTruthy();
    }
  });

  it('links between its pages inside the document', () => {
    expect(select('a[href="#pg-syllabus--goals"]', tree)).toBeTruthy();
    expect(select('[id="pg-syllabus--goals"]', tree)).toBeTruthy();
  });

  it('makes each page a named page with its header, loads each stylesheet once', () => {
    expect(body.html)
      .toContain('@page pdf-p2 { @top-center { content: "Course · Lesson one"; } }');
    expect(select('article#pg-lessons-one', tree)?.properties['style']).toBe('page: pdf-p2');
    expect(selectAll('link[rel="stylesheet"]', tree).map((l) => l.properties['href']))
      .toEqual(['/_astro/site.css', '/_astro/print.css']);
    expect(select('html', tree)?.properties['dataTheme']).toBe('light');
  });

  it('prints the pages\' optional font faces as block (the print waits for them)', () => {
    const optional = page('a/', 'A', '<p>a</p>');
    optional.page.styles = ["@font-face {font-family: 'Inter';font-display: optional;}"];
    const html = composeGuide({ ...options, parts: [optional] }).part(0, new Map()).html;
    expect(html).toContain("@font-face {font-family: 'Inter';font-display: block;}");
    expect(html).not.toContain('optional');
  });

  it('lists a lesson’s sections in its own contents', () => {
    const alone = composeGuide({
      title: 'Lesson one', cover: { title: 'shipshape', lines: [] }, parts: [lesson], base: '/',
      lang: 'en', tocSections: true, printCss: '',
    });
    expect(alone.toc).toEqual([
      { label: 'Lesson one', target: 'pg-lessons-one', level: 1 },
      { label: 'Setup', target: 'pg-lessons-one--setup', level: 2 },
    ]);
    expect(selectAll('h1, h2, h3', fromHtml(alone.part(0, new Map()).html))
      .map((n) => n.tagName)).toEqual(['h1', 'h2', 'h3']);
  });
});

describe('the body in parts', () => {
  const split = composeGuide({ ...options, partBudget: { maxPages: 1, maxElements: 1000 } });
  const parts = Array.from({ length: split.partCount }, (_, at) => split.part(at, new Map()));
  const trees = parts.map((part) => fromHtml(part.html));

  it('prints each page once, in order, one part per page within the budget', () => {
    expect(parts.map((part) => part.pages.map((p) => p.label)))
      .toEqual([['Syllabus'], ['Lesson one'], ['About']]);
    expect(parts.map((part) => part.titleLevels)).toEqual([[1, 2], [2], [1]]);
    // Named pages keep their number in the whole guide: the header rules stay apart.
    expect(parts[1]?.html).toContain('@page pdf-p2 {');
    expect(parts[1]?.html).not.toContain('@page pdf-p1 {');
  });

  it('links into another part through a hidden stub, and gives the target a hidden link', () => {
    const [first, second] = trees;
    expect(select('article a[href="#pg-syllabus--goals"]', second)).toBeTruthy();
    expect(select('.pdf-anchors span[id="pg-syllabus--goals"]', second)).toBeTruthy();
    expect(select('[id="pg-syllabus--goals"]:not(.pdf-anchors *)', first)).toBeTruthy();
    expect(select('.pdf-anchors a[href="#pg-syllabus--goals"]', first)).toBeTruthy();
    // An id no other document links to gets no hidden link.
    expect(select('.pdf-anchors a[href="#pg-lessons-one--setup"]', second)).toBeUndefined();
  });

  it('are composed in order only (a later part refers to files an earlier one printed)', () => {
    const fresh = composeGuide({ ...options, partBudget: { maxPages: 1, maxElements: 1000 } });
    expect(() => fresh.part(1, new Map())).toThrow('parts are composed in order');
  });

  it('writes page footers from a given page, none on the cover', () => {
    const lines = (html: string): string[] =>
      selectAll('.pdf-sheet', fromHtml(html)).map((sheet) => toString(sheet));
    expect(lines(composed.footers(1, 3, 40, '/* footers */')))
      .toEqual(['', 'page 2 of 40', 'page 3 of 40']);
    expect(lines(composed.footers(39, 2, 40, ''))).toEqual(['page 39 of 40', 'page 40 of 40']);
  });});

describe('a page larger than a part', () => {
  const rows = Array.from({ length: 400 }, (_, i) => `<tr><td>w${i}</td><td>${i}</td></tr>`);
  const cohort = page('cohort/', 'Cohort overview', '<p><a href="#same">Same text</a></p>' +
    `<table><thead><tr><th>Write-up</th></tr></thead><tbody>${rows.join('')}</tbody></table>` +
    '<h2 id="same">Same text</h2><p>pairs</p>');
  const big = composeGuide({ ...options, parts: [home, cohort],
    partBudget: { maxPages: 24, maxElements: 500 } });
  const parts = Array.from({ length: big.partCount }, (_, at) => big.part(at, new Map()));
  const trees = parts.map((part) => fromHtml(part.html));

  it('is cut into parts of bounded size, its title and id in the first only', () => {
    expect(parts.length).toBeGreaterThanOrEqual(4);
    expect(trees.map((tree) => selectAll('tbody tr', tree).length).reduce((a, b) => a + b))
      .toBe(400);
    const titles = trees.map((tree) => selectAll('h1, h2, h3', tree).map((n) => toString(n)));
    expect(titles.flat()).toEqual(['About', 'Cohort overview', 'Same text']);
    // Parts between the first and the last piece continue the page: no title.
    expect(titles.at(-1)).toEqual(['Same text']);
    expect(titles.at(-2)).toEqual([]);
    expect(trees.flatMap((tree) => selectAll('article[id="pg-cohort"]', tree))).toHaveLength(1);
    expect(parts.at(-1)?.titleLevels).toEqual([2]);
    expect(big.toc.map((entry) => entry.label)).toEqual(['About', 'Cohort overview']);
  });

  it('links to a section in a later piece through a stub, kept running header', () => {
    const first = trees.find((tree) => select('article[id="pg-cohort"]', tree));
    expect(select('a[href="#pg-cohort--same"]', first)).toBeTruthy();
    expect(select('.pdf-anchors span[id="pg-cohort--same"]', first)).toBeTruthy();
    expect(select('h2[id="pg-cohort--same"]', trees.at(-1))).toBeTruthy();
    expect(parts.at(-1)?.html).toMatch(/@page pdf-p\d+ \{ @top-center \{ content: "Cohort/);
  });
});

describe('a PDF of one part, as one document', () => {
  it('holds the cover, the contents and the body, numbered by CSS', () => {
    const alone = composeGuide({
      title: 'Lesson one', cover: { title: 'shipshape', lines: [] }, parts: [lesson], base: '/',
      lang: 'en', tocSections: true, printCss: '',
    });
    const whole = alone.whole('@page { @bottom-center { content: counter(page) } }');
    const document = fromHtml(whole.html);
    expect(selectAll('body > *', document).map((node) => String(node.properties['className'])))
      .toEqual(['pdf-cover', 'pdf-toc', 'pdf-page', 'pdf-anchors']);
    expect(select('.pdf-toc a[href="#pg-lessons-one--setup"]', document)).toBeTruthy();
    expect(select('h2[id="pg-lessons-one--setup"]', document)).toBeTruthy();
    expect(whole.html).toContain('@bottom-center { content: counter(page) }');
    expect(whole.titleLevels).toEqual([1]);
  });

  it('is refused for a PDF of several parts', () => {
    const split = composeGuide({ ...options, partBudget: { maxPages: 1, maxElements: 1000 } });
    expect(() => split.whole('')).toThrow('one document holds one part, not 3');
  });
});

describe('running headers', () => {
  it('quotes CSS strings', () => {
    expect(cssString('say "hi" \\ \n now')).toBe('"say \\"hi\\" \\\\   now"');
  });

  it('names the innermost group and the page, cut to one line', () => {
    expect(runningHeader(['Course', 'Week 1'], 'Intro')).toBe('Week 1 · Intro');
    expect(runningHeader([], 'x'.repeat(100), 10)).toBe('xxxxxxxxx…');
  });

  // A long list of write-ups is cut into runs labelled by guide words ("… 166 – Lab … 83"),
  // which read as noise in a header: there a run is its place in its group.
  it('names a run of write-ups by its place in its group, not by its guide words', () => {
    const writeup = (n: number): PagePart =>
      page(`writeups/w${n}/`, `Lab 02 — Docker Containerization — oskar ${n}`, '<p>x</p>');
    const runs = composeGuide({ ...options, parts: [{ kind: 'group', label: 'Write-ups', parts: [
      { kind: 'group', label: 'Apps – Lab … 1', run: true, parts: [writeup(1), writeup(2)] },
      { kind: 'group', label: 'Lab … 166 – Lab … 3', run: true, parts: [writeup(3)] },
    ] }] });
    const html = runs.part(0, new Map()).html;
    const rules = [...html.matchAll(/@top-center \{ content: "([^"]*)"/g)]
      .map((match) => match[1]);
    expect(rules).toEqual([
      'Write-ups 1–2 · Lab 02 — Docker Containerization — oskar 1',
      'Write-ups 1–2 · Lab 02 — Docker Containerization — oskar 2',
      'Write-ups 3 · Lab 02 — Docker Containerization — oskar 3',
    ]);
    // The outline keeps the sidebar's labels.
    expect(selectAll('h2', fromHtml(html)).map(toString))
      .toEqual(['Apps – Lab … 1', 'Lab … 166 – Lab … 3']);
  });
});
