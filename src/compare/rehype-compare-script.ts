/**
 * Render stage, rehype plugin: inlines the comparison table's browser script on pages that have
 * a comparison table, and on no other page.
 */
import { fileURLToPath } from 'node:url';
import type { Root } from 'hast';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import { compileClientScript } from '../render/compile-client-script.ts';

const ENTRY = fileURLToPath(new URL('./client/compare-table.ts', import.meta.url));

export const rehypeCompareScript: Plugin<[], Root> = function () {
  return (tree) => {
    let found = false;
    visit(tree, 'element', (node) => {
      const classes = node.properties['className'];
      if (node.tagName === 'table' && Array.isArray(classes) && classes.includes('compare-table')) {
        found = true;
        return EXIT;
      }
      return undefined;
    });
    if (found) tree.children.push(h('script', { type: 'module' }, compileClientScript(ENTRY)));
  };
};
