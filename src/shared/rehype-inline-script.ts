/**
 * Shared by every stage with a browser script (render, walkthrough, compare): the rehype plugin
 * that inlines compiled browser scripts, each on pages holding its element — and on no other
 * page, so pages without the feature ship no JavaScript for it. Each stage names its script
 * (`InlineScript`); one walk of the page finds the elements of all of them (five walks, one per
 * script, were a whole-tree visit each on every page).
 */
import type { Root } from 'hast';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { EXIT, visit } from './visit.ts';
import { compileClientScript } from './compile-client-script.ts';

/** A browser script, inlined on pages holding a `tag.className` element. */
export interface InlineScript {
  tag: string;
  className: string;
  /** The script's `client/*.ts` entry. */
  entry: string;
}

/** The script for `entry`, inlined on pages holding a `tag.className` element. */
export function inlineScript(tag: string, className: string, entry: string): InlineScript {
  return { tag, className, entry };
}

/** Which of `scripts` the page needs, in their order: one walk, ended once all are found. */
export function scriptsNeeded(tree: Root, scripts: readonly InlineScript[]): InlineScript[] {
  const found = new Set<InlineScript>();
  visit(tree, 'element', (node) => {
    const classes = node.properties['className'];
    if (!Array.isArray(classes)) return undefined;
    for (const script of scripts) {
      if (node.tagName === script.tag && classes.includes(script.className)) found.add(script);
    }
    return found.size === scripts.length ? EXIT : undefined;
  });
  return scripts.filter((script) => found.has(script));
}

/**
 * Appends each script the page needs to its end, in the order given. The script says which
 * element it needs (`data-needs`), so a page composed of parts of other pages (a lesson) can
 * keep it only where that element came along.
 */
export const rehypeInlineScripts: Plugin<[readonly InlineScript[]], Root> = function (scripts) {
  return (tree) => {
    for (const { tag, className, entry } of scriptsNeeded(tree, scripts)) {
      tree.children.push(h('script', { type: 'module', dataNeeds: `${tag}.${className}` },
        compileClientScript(entry)));
    }
  };
};
