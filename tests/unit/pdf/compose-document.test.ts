/**
 * PDF, the print document: heading levels follow the sidebar (groups h1, pages h2, sections
 * h3), the cover and contents use no heading elements (they stay out of the PDF outline), each
 * page is a named CSS page with its running header, and the contents list every entry.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import {
  composeDocument, cssString, runningHeader, type PagePart,
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

const composed = composeDocument({
  title: 'Guide',
  cover: { title: 'shipshape', lines: ['The guide', 'Version 1 · built 2026-01-01'] },
  parts: [{ kind: 'group', label: 'Course', parts: [syllabus, lesson] }, home],
  base: '/',
  lang: 'en',
  tocSections: false,
  printCss: '/* print */',
});
const tree = fromHtml(composed.html);
const headings = selectAll('h1, h2, h3, h4, h5, h6', tree).map(
  (node) => `${node.tagName} ${toString(node)}`,
);

describe('composing the print document', () => {
  it('gives groups h1, pages one level below their group, sections below their page', () => {
    expect(headings).toEqual([
      'h1 Course', 'h2 Syllabus', 'h3 Goals', 'h2 Lesson one', 'h3 Setup', 'h4 Detail', 'h1 About',
    ]);
  });

  it('keeps the cover and the contents free of heading elements, above the first page', () => {
    expect(selectAll('.pdf-cover :is(h1, h2, h3, h4, h5, h6)', tree)).toEqual([]);
    expect(selectAll('.pdf-toc :is(h1, h2, h3, h4, h5, h6)', tree)).toEqual([]);
    const body = select('body', tree) as Element;
    const classes = body.children.flatMap((child) =>
      child.type === 'element' ? [String(child.properties['className'])] : []);
    expect(classes.slice(0, 2)).toEqual(['pdf-cover', 'pdf-toc']);
  });

  it('lists groups and pages in the contents, each linking to its target', () => {
    expect(composed.toc).toEqual([
      { label: 'Course', target: 'grp-1', level: 1 },
      { label: 'Syllabus', target: 'pg-syllabus', level: 2 },
      { label: 'Lesson one', target: 'pg-lessons-one', level: 2 },
      { label: 'About', target: 'pg-', level: 1 },
    ]);
    const links = selectAll('.pdf-toc a', tree).map((a) => a.properties['href']);
    expect(links).toEqual(['#grp-1', '#pg-syllabus', '#pg-lessons-one', '#pg-']);
    for (const entry of composed.toc) expect(select(`[id="${entry.target}"]`, tree)).toBeTruthy();
  });

  it('links between its pages inside the document', () => {
    expect(select('a[href="#pg-syllabus--goals"]', tree)).toBeTruthy();
    expect(select('[id="pg-syllabus--goals"]', tree)).toBeTruthy();
  });

  it('makes each page a named page with its header, loads each stylesheet once', () => {
    expect(composed.html)
      .toContain('@page pdf-p2 { @top-center { content: "Course · Lesson one"; } }');
    expect(select('article#pg-lessons-one', tree)?.properties['style']).toBe('page: pdf-p2');
    expect(selectAll('link[rel="stylesheet"]', tree).map((l) => l.properties['href']))
      .toEqual(['/_astro/site.css', '/_astro/print.css']);
    expect(select('html', tree)?.properties['dataTheme']).toBe('light');
  });

  it('lists a lesson’s sections in its own contents', () => {
    const alone = composeDocument({
      title: 'Lesson one', cover: { title: 'shipshape', lines: [] }, parts: [lesson], base: '/',
      lang: 'en', tocSections: true, printCss: '',
    });
    expect(alone.toc).toEqual([
      { label: 'Lesson one', target: 'pg-lessons-one', level: 1 },
      { label: 'Setup', target: 'pg-lessons-one--setup', level: 2 },
    ]);
    expect(selectAll('h1, h2, h3', fromHtml(alone.html)).map((n) => n.tagName))
      .toEqual(['h1', 'h2', 'h3']);
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
});
