/**
 * Course stage: a rendered page carries its scripts and stylesheet links inside its content
 * (Expressive Code puts them in the first code block, features append inline scripts). A lesson
 * takes sections from several pages, so it lifts them all out and puts each one in once.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from '../shared/visit.ts';

export interface Assets {
  links: Element[];
  scripts: Element[];
}

function isAsset(node: Element): 'links' | 'scripts' | undefined {
  if (node.tagName === 'script') return 'scripts';
  const rel = node.properties['rel'];
  const isStylesheet = Array.isArray(rel) ? rel.includes('stylesheet') : rel === 'stylesheet';
  return node.tagName === 'link' && isStylesheet ? 'links' : undefined;
}

/** Every script and stylesheet link in `tree`, removed from it, in document order. */
export function takeAssets(tree: Root | ElementContent[]): Assets {
  const root: Root = Array.isArray(tree) ? { type: 'root', children: tree } : tree;
  const found: Assets = { links: [], scripts: [] };
  visit(root, 'element', (node, index, parent) => {
    const kind = isAsset(node);
    if (kind === undefined || parent === undefined || index === undefined) return undefined;
    found[kind].push(node);
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return found;
}

/** `lists` merged, each asset once (by its HTML). */
export function mergeAssets(lists: readonly Assets[]): Assets {
  const seen = new Set<string>();
  const once = (node: Element): boolean => {
    const key = toHtml(node);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  return {
    links: lists.flatMap((list) => list.links).filter(once),
    scripts: lists.flatMap((list) => list.scripts).filter(once),
  };
}
