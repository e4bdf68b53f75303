/**
 * Render stage, rehype plugin: fills the comparison placeholders an author writes as leaf
 * directives — `::base-image-table` and `::base-image-chart` — with the sourced dataset
 * (`content/data/base-images.yaml`), read once per build. `::write-up-claims` lists the claims
 * the loader read from the collection and handed to the page (listed-claims.ts), or past
 * CLAIMS_LISTED_MAX of them sums them up by image and property (claims-summary.ts).
 */
import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from '../shared/visit.ts';
import { baseImageTable } from './base-image-table.ts';
import type { Dataset } from './dataset-schema.ts';
import { existsSync } from 'node:fs';
import { DATASET_FILE, readDataset } from './load-dataset.ts';
import { sizeChart } from './size-chart.ts';
import { claimsTable } from './claims-table.ts';
import { judgeAllClaims } from './write-up-claims.ts';
import { claimsSummary, CLAIMS_LISTED_MAX } from './claims-summary.ts';
import { listedClaimsOf } from './listed-claims.ts';

const KINDS = new Set(['base-image-table', 'base-image-chart', 'write-up-claims']);

export interface Options {
  /** Site base path for links (default `/`). */
  base?: string;
  /** The base-image dataset, from the project root (default `content/data/base-images.yaml`). */
  dataset?: string;
}

export const rehypeCompare: Plugin<[Options?], Root> = function (options = {}) {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const datasetFile = options.dataset ?? DATASET_FILE;
  // Read lazily, once per processor: most pages have no comparison.
  let dataset: Dataset | undefined;
  return (tree, file) => {
    // Directives already drawn on this page: each is drawn once, a repeat becomes a note.
    const drawn = new Set<string>();
    visit(tree, 'element', (node, index, parent) => {
      const kind = node.properties['dataShipshape'];
      if (!parent || index === undefined || typeof kind !== 'string') return undefined;
      if (!dataset && !existsSync(datasetFile)) {
        file.fail(`\`::${kind}\` needs the dataset \`${datasetFile}\`, which does not exist: ` +
          'add it (see src/compare/README.md) or remove the directive',
        { place: node.position, ruleId: 'compare', source: 'shipshape' });
      }
      dataset ??= readDataset(datasetFile);
      if (drawn.has(kind)) {
        file.message(`\`::${kind}\` is repeated on this page; it is shown once, where it first ` +
          'appears (remove the repeat)', { place: node.position, ruleId: 'compare-repeat',
          source: 'shipshape' });
        parent.children.splice(index, 1, { type: 'element', tagName: 'p',
          properties: { className: ['shipshape-repeat-note'] },
          children: [{ type: 'text', value: `(\`::${kind}\` is shown once per page, above.)` }] });
        return SKIP;
      }
      if (KINDS.has(kind)) drawn.add(kind);
      if (kind === 'base-image-table') parent.children.splice(index, 1, baseImageTable(dataset));
      else if (kind === 'base-image-chart') parent.children.splice(index, 1, sizeChart(dataset));
      else if (kind === 'write-up-claims') {
        const listed = listedClaimsOf(file.data);
        if (listed === undefined) {
          // A write-up (or an example) is not handed the others' claims: a note, not a stop.
          file.message(`\`::${kind}\` lists the write-ups' claims, which only the guide's ` +
            'pages receive; it is left out here (remove it, or move it to a page under ' +
            'content/pages/)', { place: node.position, ruleId: 'compare', source: 'shipshape' });
          parent.children.splice(index, 1, { type: 'element', tagName: 'p',
            properties: { className: ['shipshape-repeat-note'] },
            children: [{ type: 'text',
              value: `(\`::${kind}\` is shown on the guide's pages.)` }] });
          return SKIP;
        }
        const all = judgeAllClaims(listed, dataset);
        parent.children.splice(index, 1, all.claims.length > CLAIMS_LISTED_MAX
          ? claimsSummary(all, base) : claimsTable(all, base));
      }
      else return undefined;
      return SKIP;
    });
  };
};
