/**
 * Render stage, comparisons: the write-ups' claims when there are too many to list on
 * `/compare/`. A class of 1,000 write-ups makes some 6,600 claims: listed one by one they made the
 * page a student reads for the base images 5 MB, with the decision chart below them all. Past
 * CLAIMS_LISTED_MAX claims the page shows them grouped by image and property (how many agree
 * with the sourced figure, how many do not), at most GROUPS_SHOWN groups, so its size does not
 * grow with the class; every claim, with its line and the reason for its verdict, is on a page of
 * its own (ALL_CLAIMS_PATH, src/routes/compare/claims.astro).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { propertyLabel, sourceSays } from './claims-table.ts';
import type { JudgedClaim, WriteupClaims } from './write-up-claims.ts';

/** Up to this many claims, `/compare/` lists them one by one (claims-table.ts). */
export const CLAIMS_LISTED_MAX = 60;
/** Groups of claims shown at most; the others are counted in one line. */
export const GROUPS_SHOWN = 25;
/** The page with every claim, from the site base. */
export const ALL_CLAIMS_PATH = 'compare/claims/';

const COLUMNS = ['Image', 'Property', 'Source says', 'Claims', '✓ agree', '✗ disagree',
  '? cannot be checked'] as const;

interface Group {
  image: string | undefined;
  property: string;
  claims: JudgedClaim[];
}

/** The claims by image and property, the largest group first. */
export function claimGroups(claims: readonly JudgedClaim[]): Group[] {
  const groups = new Map<string, Group>();
  for (const claim of claims) {
    const property = propertyLabel(claim);
    const key = `${claim.image ?? ''}\n${property}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { image: claim.image, property, claims: [] };
      groups.set(key, group);
    }
    group.claims.push(claim);
  }
  return [...groups.values()].sort((a, b) => b.claims.length - a.claims.length ||
    (a.image ?? '').localeCompare(b.image ?? '') || a.property.localeCompare(b.property));
}

const count = (group: Group, kind: JudgedClaim['verdict']['kind']) =>
  group.claims.filter((claim) => claim.verdict.kind === kind).length;

/** The sourced figure the group's claims were held against, with its source; `—` if none. */
function figureCell(group: Group): ElementContent[] {
  return sourceSays(group.claims.find((claim) => claim.verdict.figure !== undefined)?.verdict);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The summary that stands on `/compare/` for more than CLAIMS_LISTED_MAX claims. */
export function claimsSummary(found: WriteupClaims, base: string): Element {
  const groups = claimGroups(found.claims);
  const shown = groups.slice(0, GROUPS_SHOWN);
  const rest = groups.slice(GROUPS_SHOWN);
  const writeups = new Set(found.claims.map((claim) => claim.page)).size;
  const row = (group: Group) => h('tr', [
    group.image ? [h('code', group.image)] : ['—'],
    [group.property],
    figureCell(group),
    [String(group.claims.length)],
    [String(count(group, 'agrees'))],
    [String(count(group, 'disagrees'))],
    [String(count(group, 'unchecked'))],
  ].map((content, i) => h('td', { dataLabel: COLUMNS[i] }, content)));
  const restClaims = rest.reduce((sum, group) => sum + group.claims.length, 0);
  // A new element each time: a link step may rewrite it in place (render/rehype-base-links.ts).
  const all = () => h('a', { href: `${base}${ALL_CLAIMS_PATH}` },
    `all ${plural(found.claims.length, 'claim', 'claims')}`);
  return h('div.claims.claims-summary.wide-table', [
    h('p', [`The write-ups make ${plural(found.claims.length, 'claim', 'claims')} about base `,
      `images (${plural(writeups, 'write-up', 'write-ups')}), too many to list here: they are `,
      'grouped by image and property, each group held against the sourced figure. Every claim, ',
      'with its line and the reason for its verdict, is on the page of ', all(), '.']),
    h('div.compare-table-scroll', [
      h('table.claims-table.claims-summary-table', [
        h('caption', 'What the write-ups claim, by image and property'),
        h('thead', [h('tr', COLUMNS.map((title) => h('th', { scope: 'col' }, title)))]),
        h('tbody', [
          ...shown.map(row),
          ...(rest.length === 0 ? [] : [h('tr.claims-summary-rest', [
            h('td', { colSpan: COLUMNS.length }, [
              `${plural(rest.length, 'other group', 'other groups')} of image and property, ` +
              `${plural(restClaims, 'claim', 'claims')}: on the page of `, all(), '.'])])]),
        ]),
      ]),
    ]),
    found.unparsed.length === 0 ? h('p', 'Every size in the write-ups could be read.')
      : h('p', [`${plural(found.unparsed.length, 'size', 'sizes')} could not be attributed to `,
        'an image; they are listed on the page of ', all(), '.']),
  ]);
}
