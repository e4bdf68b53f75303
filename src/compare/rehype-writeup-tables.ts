/**
 * Render stage, rehype plugin: a comparison table inside a write-up (one whose cells make claims
 * about base images) becomes the same interactive table as on `/compare/` — sortable,
 * filterable — with each claim's verdict listed under it and a link to the sourced comparison.
 * The claims are those `remarkWriteupClaims` read from this page's tree.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { SKIP, visit } from '../shared/visit.ts';
import type { Dataset } from './dataset-schema.ts';
import { existsSync } from 'node:fs';
import { DATASET_FILE, readDataset } from './load-dataset.ts';
import { judgeClaims, type JudgedClaim } from './write-up-claims.ts';
import { writeupClaimsOf } from './remark-writeup-claims.ts';
import { readShipshapeInput } from '../shared/shipshape-frontmatter.ts';
import { inlineCodeToHast } from '../shared/inline-code.ts';
import { labelCells } from './label-cells.ts';

export interface Options {
  base?: string;
  /** The base-image dataset, from the project root (default `content/data/base-images.yaml`). */
  dataset?: string;
}

const LABEL = {
  agrees: '✓ agrees',
  disagrees: '✗ disagrees',
  unchecked: '? cannot be checked',
};

function verdictList(claims: readonly JudgedClaim[], base: string): Element {
  return h('details.claims-in-place', [
    h('summary', `How these figures compare with the sources (${claims.filter((c) =>
      c.verdict.kind === 'disagrees').length} disagree)`),
    h('ul', claims.map((claim) => h('li', { dataVerdict: claim.verdict.kind }, [
      h('strong', LABEL[claim.verdict.kind]), ` line ${claim.line}: `,
      claim.image ? h('code', claim.image) : '', ` ${claim.property} “${claim.value}” — `,
      ...inlineCodeToHast(claim.verdict.reason),
    ]))),
    h('p', [
      h('a', { href: `${base}compare/` }, 'All base images, with a source for every figure'),
    ]),
  ]);
}

export const rehypeWriteupTables: Plugin<[Options?], Root> = function (options = {}) {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const datasetFile = options.dataset ?? DATASET_FILE;
  let dataset: Dataset | undefined;
  return (tree, file) => {
    if (!file.path || readShipshapeInput(file.data)?.kind !== 'writeup') return;
    // A guide without the dataset has nothing to set the tables against.
    if (!dataset && !existsSync(datasetFile)) return;
    dataset ??= readDataset(datasetFile);
    const found = writeupClaimsOf(file.data);
    if (!found) throw new Error('rehypeWriteupTables must run after remarkWriteupClaims.');
    // The page is this one: the verdict list links to /compare/, not back here.
    const claims = judgeClaims(found, '', dataset).claims.filter((c) => c.source === 'table');
    if (claims.length === 0) return;
    visit(tree, 'element', (table, index, parent) => {
      if (table.tagName !== 'table' || !parent || index === undefined) return undefined;
      const start = table.position?.start.line ?? 0;
      const end = table.position?.end.line ?? 0;
      const inside = claims.filter((c) => c.line >= start && c.line <= end);
      if (inside.length === 0) return undefined;
      const classes = table.properties['className'];
      table.properties['className'] = [...(Array.isArray(classes) ? classes.map(String) : []),
        'compare-table'];
      labelCells(table);
      table.properties['dataRowLabel'] = 'Rows shown';
      table.properties['dataRowNoun'] = 'rows';
      parent.children.splice(index, 1,
        h('div.compare-table-scroll', [table]), verdictList(inside, base));
      return [SKIP, index + 2];
    });
  };
};
