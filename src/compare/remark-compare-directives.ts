/**
 * Render stage, remark plugin: `::base-image-table` and `::base-image-chart` (leaf directives)
 * become placeholders that rehype-compare fills from the dataset.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from '../shared/visit.ts';

const KINDS = new Set(['base-image-table', 'base-image-chart', 'write-up-claims']);

export const remarkCompareDirectives: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'leafDirective', (node) => {
      if (!KINDS.has(node.name)) return;
      node.data = { hName: 'div', hProperties: { dataShipshape: node.name } };
    });
  };
};
