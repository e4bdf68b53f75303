/**
 * Render stage, rehype plugin: a "copy link" button after every section heading (levels 2–4)
 * and on every walkthrough step, so an instructor can paste an address that opens right there.
 * The buttons start hidden and the small script that copies (client/copy-link.ts) shows them:
 * without JavaScript there is no button that does nothing.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

const HEADINGS = new Set(['h2', 'h3', 'h4']);

function button(id: string, label: string): Element {
  return h('button.copy-link', {
    type: 'button',
    hidden: true,
    dataCopyLink: id,
    ariaLabel: `Copy link to “${label}”`,
    title: 'Copy link',
  }, 'Copy link');
}

export const rehypeCopyLinks: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const id = node.properties['id'];
      if (typeof id !== 'string' || id === '') return undefined;
      const parentClasses = 'properties' in parent ? parent.properties['className'] : undefined;
      const inStep = Array.isArray(parentClasses) && parentClasses.includes('wt-step');
      // A step's own button links to the step; its title needs no second one.
      if (HEADINGS.has(node.tagName) && !inStep) {
        parent.children.splice(index + 1, 0, button(id, toString(node).trim()));
        return [SKIP, index + 2];
      }
      const classes = node.properties['className'];
      if (node.tagName === 'li' && Array.isArray(classes) && classes.includes('wt-step')) {
        node.children.splice(1, 0, button(id, `step ${String(node.properties['dataStep'])}`));
      }
      return undefined;
    });
  };
};
