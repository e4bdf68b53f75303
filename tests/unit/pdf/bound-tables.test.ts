/**
 * PDF, tables that grow faster than the guide: the cohort's "same text" pairs (N² on a course
 * of copies) print their first rows and a note saying how many are left out and where the site
 * lists them; other tables, and a short pairs table, print whole; the page as built is left as
 * it was.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { boundTables, PRINTED_ROWS } from '../../../src/pdf/bound-tables.ts';
import { rewritePage } from '../../../src/pdf/rewrite-page.ts';

const rows = (n: number): string => Array.from({ length: n }, (_, i) =>
  `<tr><td><a href="/writeups/a${i}/">A ${i}</a></td><td>B ${i}</td><td>99%</td></tr>`).join('');
const cohort = (pairs: number): Element => select('div', fromHtml(
  '<div class="sl-markdown-content"><h2 id="same-text">Identical or nearly identical ' +
  'write-ups</h2><div class="compare-table-scroll"><table class="compare-table ' +
  `cohort-duplicates"><thead><tr><th>Write-up</th></tr></thead><tbody>${rows(pairs)}</tbody>` +
  '</table></div><table class="other"><tbody>' + rows(pairs) + '</tbody></table></div>',
  { fragment: true })) as Element;

describe('tables that grow faster than the guide', () => {
  it('print the first rows of the pairs, and say how many more and where', () => {
    const page = cohort(1200);
    const bounded = boundTables(page, {});
    expect(selectAll('table.cohort-duplicates tbody tr', bounded)).toHaveLength(PRINTED_ROWS);
    expect(toString(select('table.cohort-duplicates tbody tr', bounded) as Element))
      .toContain('A 0');
    // The note follows the scrolling wrapper; other tables print whole.
    const note = select('.compare-table-scroll + p.pdf-rows-left', bounded);
    expect(toString(note as Element)).toBe('Printed here: the first 50 of 1,200 rows. The ' +
      'other 1,150 are listed on this page of the site, under “Identical or nearly identical ' +
      'write-ups”.');
    expect(selectAll('table.other tbody tr', bounded)).toHaveLength(1200);
    // The page as built is untouched.
    expect(selectAll('table.cohort-duplicates tbody tr', page)).toHaveLength(1200);
  });

  it('give the site\'s address of the section when the site has one, as text', () => {
    const bounded = boundTables(cohort(60), { pageAddress: 'https://x.example/c/cohort/' });
    expect(toString(select('p.pdf-rows-left', bounded) as Element)).toContain(
      'The other 10 are listed on this page of the site, under “Identical or nearly ' +
      'identical write-ups”: https://x.example/c/cohort/#same-text.');
  });

  it('leave a table of few pairs whole', () => {
    const page = cohort(PRINTED_ROWS);
    expect(boundTables(page, {})).toBe(page);
  });

  it('are cut by the page rewrite, before its rows are rewritten', () => {
    const printed = rewritePage(cohort(500), { key: 'pg-cohort', pageUrl: '/cohort/', base: '/',
      keys: new Map(), ids: new Map(), headingShift: 1 });
    expect(selectAll('table.cohort-duplicates tbody tr', printed)).toHaveLength(PRINTED_ROWS);
    expect(select('p.pdf-rows-left', printed)).toBeDefined();
  });
});
