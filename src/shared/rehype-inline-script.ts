/**
 * Shared by every stage with a browser script (render, walkthrough, compare): makes a rehype
 * plugin that inlines a compiled browser script on pages holding a matching element — and on no
 * other page, so pages without the feature ship no JavaScript for it.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import { compileClientScript } from './compile-client-script.ts';

/** Whether `node` is a `tag` element with class `className`. */
export function hasClass(node: Element, tag: string, className: string): boolean {
  const classes = node.properties['className'];
  return node.tagName === tag && Array.isArray(classes) && classes.includes(className);
}

/**
 * The script for `entry`, inlined on pages holding a `tag.className` element. The script says
 * which element it needs (`data-needs`), so a page composed of parts of other pages (a lesson)
 * can keep it only where that element came along.
 */
export function inlineScriptWhen(
  tag: string,
  className: string,
  entry: string,
): Plugin<[], Root> {
  return function () {
    return (tree) => {
      let found = false;
      visit(tree, 'element', (node) => {
        if (!hasClass(node, tag, className)) return undefined;
        found = true;
        return EXIT;
      });
      if (!found) return;
      tree.children.push(h('script', { type: 'module', dataNeeds: `${tag}.${className}` },
        compileClientScript(entry)));
    };
  };
}
