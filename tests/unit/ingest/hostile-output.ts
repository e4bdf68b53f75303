/**
 * Test helper, shared by the unit and site tests of hostile write-ups: what in rendered HTML
 * could run script, load from another origin or clobber the page's ids. Checked on the parsed
 * tree (not with string matching), independently of the sanitizer's own URL check.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

const ACTIVE = new Set([
  'script', 'iframe', 'frame', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'form',
  'button', 'textarea', 'select', 'video', 'audio', 'source', 'picture', 'template',
  'animate', 'animateMotion', 'animateTransform', 'set', 'discard', 'image', 'foreignObject',
]);
const URL_PROPERTIES = ['href', 'src', 'xLinkHref', 'action', 'formAction', 'poster', 'cite',
  'longDesc', 'srcSet', 'background', 'data'];
/** Ids and names a write-up must not take from the page around it. */
const PAGE_NAMES = new Set(['_top', 'starlight__search', 'starlight__on-this-page',
  'starlight__overview', 'body', 'forms', 'images', 'cookie', 'location', 'document']);

function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020]/g, '');
  return /^([a-z][a-z\d+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

export interface Hazard {
  what: string;
  element: string;
}

/**
 * Hazards in `html`. `allow` passes elements the site itself adds (its scripts, the task-list
 * checkbox), decided by the caller.
 */
export function hazardsIn(
  html: string,
  allow: (node: Element) => boolean = () => false,
): Hazard[] {
  const tree: Root = fromHtml(html, { fragment: !/^\s*<!doctype/i.test(html) });
  const hazards: Hazard[] = [];
  visit(tree, 'element', (node) => {
    if (allow(node)) return;
    const element = `<${node.tagName}>`;
    if (ACTIVE.has(node.tagName)) hazards.push({ what: 'active element', element });
    if (node.tagName === 'input') hazards.push({ what: 'input', element });
    for (const [key, value] of Object.entries(node.properties)) {
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      if (/^on/i.test(key)) hazards.push({ what: `handler ${key}`, element });
      if (key === 'style') hazards.push({ what: 'style attribute', element });
      if ((key === 'id' || key === 'name') && PAGE_NAMES.has(text)) {
        hazards.push({ what: `${key}="${text}"`, element });
      }
      const scheme = URL_PROPERTIES.includes(key) ? schemeOf(text) : undefined;
      if (scheme && !['http', 'https', 'mailto'].includes(scheme)) {
        hazards.push({ what: `${key}="${text}"`, element });
      }
    }
  });
  return hazards;
}
