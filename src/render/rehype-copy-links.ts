/**
 * Render stage, rehype plugin: a "copy link" button on every walkthrough step, so an instructor
 * can paste an address that opens right at that step. Headings get none: Starlight draws its own
 * anchor link beside each one (a visible "Copy link" under every heading was noise, and it
 * showed in search excerpts). The buttons start hidden and the small script that copies
 * (client/copy-link.ts) shows them: without JavaScript there is no button that does nothing.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { visit } from '../shared/visit.ts';

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
    visit(tree, 'element', (node) => {
      const id = node.properties['id'];
      if (typeof id !== 'string' || id === '') return;
      const classes = node.properties['className'];
      if (node.tagName === 'li' && Array.isArray(classes) && classes.includes('wt-step')) {
        node.children.splice(1, 0, button(id, `step ${String(node.properties['dataStep'])}`));
      }
    });
  };
};
