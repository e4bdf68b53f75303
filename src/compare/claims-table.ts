/**
 * Render stage, comparisons: the write-ups' claims beside the dataset's figure, with verdicts,
 * as a table; claims that could not be read are listed below it, never dropped.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { JudgedClaim, WriteupClaims } from './write-up-claims.ts';
import { inlineCodeToHast } from '../shared/inline-code.ts';

const LABEL = {
  agrees: '✓ agrees',
  disagrees: '✗ disagrees',
  unchecked: '? cannot be checked',
};

const COLUMNS = ['Where', 'Image', 'Property', 'Claim', 'Source says', 'Verdict'] as const;

/**
 * The verdict, then its reason in a fold: shown in the table, folded on a card (a phone), where
 * the reasons (up to five lines each) made 40 claims a 9,500 px column. The summary names its
 * claim for a screen reader, which otherwise hears forty identical "Why" buttons.
 */
function verdictCell(claim: WriteupClaims['claims'][number]): ElementContent[] {
  const where = `${claim.file.replace(/^.*\//, '')}:${claim.line}`;
  return [h('strong', LABEL[claim.verdict.kind]), { type: 'text', value: ' ' },
    h('details.claim-why', [
      h('summary', { dataPagefindIgnore: '' }, ['Why', h('span.sr-only', ` (${where})`)]),
      h('span', inlineCodeToHast(claim.verdict.reason)),
    ])];
}

/** The property a claim is about, with the build stage a size table names (`size (Builder)`). */
export function propertyLabel(claim: Pick<JudgedClaim, 'property' | 'stage'>): string {
  return `${claim.property}${claim.stage ? ` (${claim.stage})` : ''}`;
}

/** The sourced figure a verdict held the claim against, with a link to its source; `—` if none. */
export function sourceSays(verdict: Pick<JudgedClaim['verdict'], 'figure' | 'source'> | undefined):
  ElementContent[] {
  if (verdict?.figure === undefined) return [{ type: 'text', value: '—' }];
  return [...inlineCodeToHast(verdict.figure), ...(verdict.source
    ? [{ type: 'text', value: ' ' } as const, h('a', { href: verdict.source }, '[source]')] : [])];
}

/**
 * The table is wider than a text column: it sits in a `.wide-table` block (the page grows wider,
 * src/style/wide-tables.css) and each cell names its column (`data-label`), so where even that
 * is too narrow (a laptop with the sidebar, a phone) every claim becomes a card.
 */
export function claimsTable(found: WriteupClaims, base: string): Element {
  const rows = found.claims.map((claim) => h('tr', { dataVerdict: claim.verdict.kind },
    [
      [h('a', { href: `${base}${claim.page}` }, claim.file.replace(/^.*\//, '')),
        `:${claim.line}`],
      claim.image ? [h('code', claim.image)] : ['—'],
      [propertyLabel(claim)],
      [claim.value],
      sourceSays(claim.verdict),
      verdictCell(claim),
    ].map((content, i) => h('td', { dataLabel: COLUMNS[i] }, content))));
  return h('div.claims.wide-table', [
    h('div.compare-table-scroll', [
      h('table.claims-table', [
        h('caption', 'What the write-ups claim, set against the sourced figures'),
        h('thead', [h('tr', COLUMNS.map((title) => h('th', { scope: 'col' }, title)))]),
        h('tbody', rows),
      ]),
    ]),
    found.unparsed.length === 0 ? h('p', 'Every size in the write-ups could be read.')
      : h('div', [h('p', 'Sizes that could not be attributed to an image:'),
        h('ul', found.unparsed.map((miss) =>
          h('li', [h('code', `${miss.file}:${miss.line}`), ' — ',
            ...inlineCodeToHast(miss.reason)])))]),
  ]);
}
