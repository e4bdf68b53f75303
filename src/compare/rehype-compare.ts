/**
 * Render stage, rehype plugin: fills the comparison placeholders an author writes as leaf
 * directives — `::base-image-table` and `::base-image-chart` — with the sourced dataset
 * (`content/data/base-images.yaml`), read once per build.
 */
import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { baseImageTable } from './base-image-table.ts';
import type { Dataset } from './dataset-schema.ts';
import { readDataset } from './load-dataset.ts';
import { sizeChart } from './size-chart.ts';

export const rehypeCompare: Plugin<[], Root> = function () {
  // Read lazily, once per processor: most pages have no comparison.
  let dataset: Dataset | undefined;
  return (tree) => {
    visit(tree, 'element', (node, index, parent) => {
      const kind = node.properties['dataShipshape'];
      if (!parent || index === undefined || typeof kind !== 'string') return undefined;
      dataset ??= readDataset();
      if (kind === 'base-image-table') parent.children.splice(index, 1, baseImageTable(dataset));
      else if (kind === 'base-image-chart') parent.children.splice(index, 1, sizeChart(dataset));
      else return undefined;
      return SKIP;
    });
  };
};
