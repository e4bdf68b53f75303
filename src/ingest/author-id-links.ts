/**
 * Ingest stage: an author's in-page links still land after the sanitizer prefixed their ids.
 * `<h2 id="setup">` becomes `id="user-content-setup"` (so it cannot clobber the page's own ids),
 * which left the author's own `[Setup](#setup)` or `<a href="#setup">` pointing nowhere. GitHub
 * mends this in the reader's browser with a script; here the link is rewritten at build time:
 * `#x` becomes `#user-content-x` when the page holds that prefixed id and no `x` of its own.
 */
import type { Element, Root } from 'hast';
import { visit } from '../shared/visit.ts';

const PREFIX = 'user-content-';

function idOf(node: Element): string | undefined {
  const id = node.properties['id'];
  return typeof id === 'string' ? id : undefined;
}

/** Rewrites `#x` links to the author's prefixed `#user-content-x`; returns how many it changed. */
export function linkPrefixedIds(tree: Root): number {
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    const id = idOf(node);
    if (id !== undefined) ids.add(id);
  });
  let changed = 0;
  visit(tree, 'element', (node: Element) => {
    const href = node.tagName === 'a' ? node.properties['href'] : undefined;
    if (typeof href !== 'string' || !href.startsWith('#') || href.startsWith(`#${PREFIX}`)) return;
    let target: string;
    try {
      target = decodeURIComponent(href.slice(1));
    } catch {
      return;
    }
    if (target === '' || ids.has(target) || !ids.has(PREFIX + target)) return;
    node.properties['href'] = `#${PREFIX}${encodeURIComponent(target)}`;
    changed += 1;
  });
  return changed;
}
