/**
 * Render stage, rehype plugin: adds the walkthrough browser script, inlined, to pages that have a
 * walkthrough — and to no other page, so pages without one ship no JavaScript for it. The script
 * is compiled from client/walkthrough.ts once per build.
 */
import type { Root } from 'hast';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { visit, EXIT } from 'unist-util-visit';
import { compileClientScript } from './compile-client.ts';

export const rehypeWalkthroughScript: Plugin<[], Root> = function () {
  return (tree) => {
    let found = false;
    visit(tree, 'element', (node) => {
      const classes = node.properties['className'];
      if (node.tagName === 'section' && Array.isArray(classes) && classes.includes('walkthrough')) {
        found = true;
        return EXIT;
      }
      return undefined;
    });
    if (found) tree.children.push(h('script', { type: 'module' }, compileClientScript()));
  };
};
