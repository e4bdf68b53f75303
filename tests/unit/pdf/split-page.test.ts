/**
 * PDF, a page larger than a part (split-page.ts): cut between blocks, a table between its body
 * rows with the header row in every piece and the caption in the first, an ordered list keeping
 * its numbers; nothing is lost or repeated, and every piece fits the budget.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { countElements, splitPage } from '../../../src/pdf/split-page.ts';

const content = (html: string): Element =>
  select('div', fromHtml(`<div class="sl-markdown-content">${html}</div>`,
    { fragment: true })) as Element;

const rows = (count: number): string => Array.from({ length: count }, (_, i) =>
  `<tr><th scope="row"><a href="/w/${i}/">Write-up ${i}</a></th><td>${i}</td></tr>`).join('');

const cohort = content('<p>All 300 write-ups.</p><h2 id="every">Every write-up</h2>' +
  '<div class="matrix-scroll" id="wrap"><table><caption>Per write-up</caption>' +
  `<thead><tr><th>Write-up</th><th>Errors</th></tr></thead><tbody>${rows(300)}</tbody>` +
  '</table></div><h2 id="common">Common</h2><ol>' +
  Array.from({ length: 500 }, (_, i) => `<li>finding ${i}</li>`).join('') + '</ol>');

describe('cutting a page larger than a part', () => {
  const pieces = splitPage(cohort, 400);

  it('leaves a page within the budget as it is', () => {
    expect(splitPage(cohort, countElements(cohort))).toEqual([cohort]);
  });

  it('gives pieces of at most the budget (a heading moved on aside), copies of the content', () => {
    expect(countElements(cohort)).toBeGreaterThan(1700);
    expect(pieces.length).toBeGreaterThanOrEqual(5);
    for (const piece of pieces) {
      expect(countElements(piece)).toBeLessThanOrEqual(440);
      expect(piece.properties['className']).toEqual(['sl-markdown-content']);
    }
  });

  it('keeps every row once, in order, the header row in every piece of the table', () => {
    const printed = pieces.flatMap((piece) =>
      selectAll('tbody th', piece).map((cell) => toString(cell)));
    expect(printed).toEqual(Array.from({ length: 300 }, (_, i) => `Write-up ${i}`));
    const tables = pieces.flatMap((piece) => selectAll('table', piece));
    expect(tables.length).toBeGreaterThan(1);
    for (const table of tables) expect(toString(select('thead', table)!)).toBe('Write-upErrors');
    expect(tables.map((table) => select('caption', table) !== undefined))
      .toEqual(tables.map((_, at) => at === 0));
  });

  it('keeps an id on its first copy only, and the text of the page whole', () => {
    const wraps = pieces.flatMap((piece) => selectAll('div.matrix-scroll', piece));
    expect(wraps.map((wrap) => wrap.properties['id'] ?? null))
      .toEqual(wraps.map((_, at) => at === 0 ? 'wrap' : null));
    const text = (tree: Element): string => toString(tree).replaceAll('Write-upErrors', '');
    expect(pieces.map(text).join('') === text(cohort)).toBe(true);
  });

  it('numbers a cut ordered list on from where the last piece stopped', () => {
    const lists = pieces.flatMap((piece) => selectAll('ol', piece));
    expect(lists.length).toBeGreaterThan(1);
    let next = 1;
    for (const list of lists) {
      expect(Number(list.properties['start'] ?? 1)).toBe(next);
      next += selectAll('li', list).length;
    }
    expect(next).toBe(501);
  });

  it('starts a section on the piece its table starts in, not alone at the end of one', () => {
    const page = content(`<p>${'intro '.repeat(5)}</p>`.repeat(30) +
      '<h2 id="same">Same text</h2><p>Pairs that share most of their text.</p>' +
      `<table><thead><tr><th>Write-up</th><th>n</th></tr></thead><tbody>${rows(100)}</tbody>` +
      '</table>');
    const cut = splitPage(page, 400);
    const holding = cut.findIndex((piece) => select('h2', piece));
    expect(holding).toBeGreaterThan(0);
    expect(select('tbody tr', cut[holding])).toBeTruthy();
    expect(select('table', cut[holding - 1])).toBeUndefined();
  });
});
