/**
 * Render stage, remark plugin: `::::file-tabs` holding code blocks (each with `title="path"`)
 * becomes a set of panels, one per file, labelled by its path, after a list of tabs, one per
 * file. The browser script (client/file-tabs.ts) makes the tabs work; without it (CSS:
 * `scripting: none`) the list is hidden and every file is shown, one after another. The list is
 * in the HTML, not added by the script, and with scripting only the first file shows from the
 * first paint (guide.css): nothing moves when the script runs (measured: CLS 0.0005 on example
 * 03 under load, when the list arrived after the first paint).
 */
import type { ElementContent } from 'hast';
import type { Code, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { visit } from '../shared/visit.ts';
import { codeTitle } from '../shared/code-title.ts';

export const remarkFileTabs: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (node.name !== 'file-tabs') return;
      node.data = { hName: 'div', hProperties: { className: ['file-tabs'] } };
      const labels = node.children.map((child, index) =>
        (child.type === 'code' ? codeTitle((child as Code).meta) : undefined)
          ?? `File ${index + 1}`);
      // The script gives the tabs their ids and keys; the first file is the one shown.
      const tabs: ElementContent[] = labels.map((label, index) => ({
        type: 'element', tagName: 'button',
        properties: { type: 'button', role: 'tab', ariaSelected: String(index === 0),
          tabIndex: index === 0 ? 0 : -1 },
        children: [{ type: 'text', value: label }],
      }));
      const list: ContainerDirective = {
        type: 'containerDirective', name: 'file-tab-list', attributes: {}, children: [],
        data: { hName: 'div', hProperties: { className: ['file-tab-list'], role: 'tablist',
          ariaLabel: 'Files', dataPagefindIgnore: '' }, hChildren: tabs },
      };
      const panels = node.children.map((child, index) => {
        const label = labels[index];
        const panel: ContainerDirective = {
          type: 'containerDirective',
          name: 'file-tab',
          attributes: {},
          children: [child],
          data: {
            hName: 'div',
            hProperties: { className: ['file-tab'], dataLabel: label },
          },
        };
        return panel;
      });
      node.children = [list, ...panels];
    });
  };
};
