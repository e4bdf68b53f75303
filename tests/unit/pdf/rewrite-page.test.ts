/**
 * PDF, one page's content in the print document: ids prefixed, links between guide pages as `#`
 * links, other links with their URL printed (as numbered notes inside tables), headings moved
 * down, screen-only controls dropped, hidden content opened.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rewritePage, type RewriteContext } from '../../../src/pdf/rewrite-page.ts';

const context: RewriteContext = {
  key: 'pg-lessons-one',
  pageUrl: '/base/lessons/one/',
  base: '/base/',
  origin: 'https://docs.example',
  keys: new Map([
    ['lessons/one/', 'pg-lessons-one'],
    ['lessons/two/', 'pg-lessons-two'],
    ['', 'pg-home'],
  ]),
  ids: new Map([['pg-lessons-two', new Set(['setup'])]]),
  headingShift: 1,
};

function rewrite(html: string, overrides: Partial<RewriteContext> = {}): string {
  const tree = fromHtml(`<div class="sl-markdown-content">${html}</div>`, { fragment: true });
  const content = select('div', tree) as Element;
  const result = rewritePage(content, { ...context, ...overrides });
  return unified().use(rehypeStringify).stringify({ type: 'root', children: result.children });
}

describe('rewriting a page for print', () => {
  it('prefixes ids and the attributes that refer to them, but not ids inside an SVG', () => {
    expect(rewrite('<h2 id="setup">Setup</h2><section aria-labelledby="setup"></section>'))
      .toBe('<h3 id="pg-lessons-one--setup">Setup</h3>' +
        '<section aria-labelledby="pg-lessons-one--setup"></section>');
    expect(rewrite('<svg><marker id="arrow"></marker><path marker-end="url(#arrow)"></path></svg>'))
      .toContain('<marker id="arrow">');
  });

  it('turns links between guide pages into links inside the document', () => {
    expect(rewrite('<a href="#setup">a</a>')).toBe('<a href="#pg-lessons-one--setup">a</a>');
    expect(rewrite('<a href="../two/#setup">b</a>')).toBe('<a href="#pg-lessons-two--setup">b</a>');
    expect(rewrite('<a href="/base/lessons/two/">c</a>')).toBe('<a href="#pg-lessons-two">c</a>');
    expect(rewrite('<a href="/base/">d</a>')).toBe('<a href="#pg-home">d</a>');
    expect(rewrite('<a href="https://docs.example/base/lessons/two">e</a>'))
      .toBe('<a href="#pg-lessons-two">e</a>');
  });

  it('sends a link to an id the other page lacks to the top of that page', () => {
    expect(rewrite('<a href="../two/#gone">x</a>')).toBe('<a href="#pg-lessons-two">x</a>');
  });

  it('prints the URL of links that leave the document', () => {
    expect(rewrite('<a href="https://hub.docker.com/" target="_blank">Hub</a>')).toBe(
      '<a href="https://hub.docker.com/">Hub<span class="pdf-url" ' +
        'data-pdf-url="https://hub.docker.com/"> (https://hub.docker.com/)</span></a>',
    );
    // A site page the PDF does not hold is printed with its public address.
    expect(rewrite('<a href="/base/rules/dl3000/">DL3000</a>')).toContain(
      'href="https://docs.example/base/rules/dl3000/">DL3000<span class="pdf-url"',
    );
    // A link whose text is its URL is not printed twice.
    expect(rewrite('<a href="https://example.org/">https://example.org</a>'))
      .toBe('<a href="https://example.org/">https://example.org</a>');
  });

  it('prints no address for a site page it does not hold when the site has none', () => {
    expect(rewrite('<a href="/base/rules/dl3000/">DL3000</a>', { origin: undefined }))
      .toBe('<a>DL3000</a>');
    // Links inside the document stay in-document.
    expect(rewrite('<a href="../two/#setup">two</a>', { origin: undefined }))
      .toBe('<a href="#pg-lessons-two--setup">two</a>');
  });

  it('prints no URL inside a heading, where it would be set at heading size', () => {
    const html = rewrite('<h2 id="h">See <a href="https://hub.docker.com/">Hub</a></h2>');
    expect(html).not.toContain('pdf-url');
    expect(html).toContain('<a href="https://hub.docker.com/">Hub</a>');
    expect(rewrite('<h2 id="h"><a href="/base/rules/dl3000/">DL3000</a></h2>'))
      .not.toContain('pdf-url');
  });

  it('moves URLs inside a table into numbered notes after it', () => {
    const [a, b] = ['<a href="https://a.example/">s</a>', '<a href="https://b.example/">s</a>'];
    const html = rewrite(`<table><tr><td>${a}</td><td>${b} ${a}</td></tr></table>`);
    expect(html).not.toContain('pdf-url');
    expect(html.match(/\[\d\]/g)).toEqual(['[1]', '[2]', '[1]']);
    expect(html).toContain('</table><ol class="pdf-link-notes">' +
      '<li><a href="https://a.example/">https://a.example/</a></li>' +
      '<li><a href="https://b.example/">https://b.example/</a></li></ol>');
  });

  it('moves headings down by the shift, never below h6', () => {
    expect(rewrite('<h2>A</h2><h6>B</h6>', { headingShift: 2 })).toBe('<h4>A</h4><h6>B</h6>');
  });

  it('collapses whitespace in headings (they print with preserved spaces)', () => {
    expect(rewrite('<h2>A\n   <code>b</code>  c</h2>')).toBe('<h3>A <code>b</code> c</h3>');
  });

  it('drops screen-only controls and opens what is hidden', () => {
    expect(rewrite('<button>Copy</button><a class="sl-anchor-link" href="#x">#</a>' +
      '<script>x()</script><details><summary>More</summary>text</details>' +
      '<div role="tabpanel" hidden>tab</div>'))
      .toBe('<details open><summary>More</summary>text</details><div role="tabpanel">tab</div>');
  });

  it('loads images eagerly from the site root', () => {
    expect(rewrite('<img src="../../_astro/a.png" loading="lazy" alt="">'))
      .toBe('<img src="/base/_astro/a.png" alt="">');
  });
});
