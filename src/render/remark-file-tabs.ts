/**
 * Render stage, remark plugin: `::::file-tabs` holding code blocks (each with `title="path"`)
 * becomes a set of panels, one per file, labelled by its path. The browser script
 * (client/file-tabs.ts) turns them into tabs; without it every file is shown, one after another.
 */
import type { Code, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { codeTitle } from '../shared/code-title.ts';

export const remarkFileTabs: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (node.name !== 'file-tabs') return;
      node.data = { hName: 'div', hProperties: { className: ['file-tabs'] } };
      node.children = node.children.map((child, index) => {
        const label = child.type === 'code' ? codeTitle((child as Code).meta) : undefined;
        const panel: ContainerDirective = {
          type: 'containerDirective',
          name: 'file-tab',
          attributes: {},
          children: [child],
          data: {
            hName: 'div',
            hProperties: { className: ['file-tab'], dataLabel: label ?? `File ${index + 1}` },
          },
        };
        return panel;
      });
    });
  };
};
