/**
 * Outputs stage, PDF: turns one page's built content into its part of the print document —
 * ids prefixed with the page's key, links between guide pages as `#` links, other links with
 * their URL printed after the text, headings moved down to their place in the guide's outline,
 * closed `<details>` and hidden tab panels opened, interactive controls dropped; inside tables
 * the URLs become numbered notes (`table-link-notes.ts`) and names get break opportunities
 * after `/`, `:` and `-` (`cell-breaks.ts`); long code frames may break (`long-code.ts`); the
 * ids of a walkthrough's screen-only parts move to what prints instead (`walkthrough-ids.ts`);
 * a table that grows faster than the guide prints its first rows (`bound-tables.ts`).
 * Pure: a new tree is returned, the input is left as it was.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { toString } from 'hast-util-to-string';
import { anchorId } from './anchors.ts';
import { boundTables } from './bound-tables.ts';
import { cellBreaks } from './cell-breaks.ts';
import { markLongCode } from './long-code.ts';
import { siteTarget, pagePath } from './site-paths.ts';
import { tableLinkNotes } from './table-link-notes.ts';
import { printedWalkthroughIds } from './walkthrough-ids.ts';

export interface RewriteContext {
  /** Prefix of this page's ids (see `anchors.ts`). */
  key: string;
  /** URL path of the page as built, base included (`/courses/docker/writeups/x/`). */
  pageUrl: string;
  base: string;
  /** Public origin of the site, for links to pages the PDF does not hold. */
  origin?: string | undefined;
  /** Site paths of the pages in this document (`writeups/x/`) → their keys. */
  keys: ReadonlyMap<string, string>;
  /** Ids of each page in this document by key, to send a link to a missing id to its page. */
  ids: ReadonlyMap<string, ReadonlySet<string>>;
  /** Content `<h2>` becomes `<h(2 + headingShift)>`; levels stop at 6. */
  headingShift: number;
  /** Set inside a heading: a URL is never printed there (it would be set at heading size). */
  inHeading?: boolean;
}

/** Elements that only work on screen; their text would be noise on paper. */
const DROPPED_TAGS = new Set(['script', 'noscript', 'template', 'button']);
const DROPPED_CLASSES = ['sl-anchor-link', 'copy-link'];
/** Attributes that hold id references (space-separated). */
const ID_REF_ATTRIBUTES = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'htmlFor',
  'headers'];
const HEADING = /^h([1-6])$/;

const classesOf = (node: Element): string[] => {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
};

const normalizeUrl = (url: string): string =>
  url.replace(/^[a-z]+:\/\//i, '').replace(/^mailto:/i, '').replace(/\/$/, '');

function prefixRefs(properties: Properties, key: string): void {
  if (typeof properties['id'] === 'string' && properties['id'] !== '') {
    properties['id'] = anchorId(key, properties['id']);
  }
  for (const name of ID_REF_ATTRIBUTES) {
    const value = properties[name];
    if (value === undefined || value === null) continue;
    const refs = Array.isArray(value) ? value.map(String) : String(value).split(/\s+/);
    properties[name] = refs.filter(Boolean).map((ref) => anchorId(key, ref)).join(' ');
  }
}

/**
 * The URL a reader can type for a site path the PDF does not hold: only with the site's public
 * address (`SHIPSHAPE_SITE`); without one there is no address to give, and none is invented.
 */
function publicUrl(context: RewriteContext, path: string, hash: string): string | undefined {
  if (!context.origin) return undefined;
  return `${context.origin}${context.base}${path}${hash ? `#${encodeURIComponent(hash)}` : ''}`;
}

/**
 * The print document's id for a link to a page of the document (`#key--section`, or `#key`
 * when the page has no such id), or undefined for a link elsewhere.
 */
export function pageLinkTarget(
  href: string,
  context: Pick<RewriteContext, 'pageUrl' | 'base' | 'origin' | 'keys' | 'ids'>,
): string | undefined {
  const target = siteTarget(href, context.pageUrl, context.base, context.origin);
  const key = target ? context.keys.get(pagePath(target)) : undefined;
  if (!target || !key) return undefined;
  const known = target.hash === '' || context.ids.get(key)?.has(target.hash) !== false;
  return anchorId(key, known ? target.hash : '');
}

/** Rewrites a link; returns the URL to print after it, if any. */
function rewriteLink(node: Element, context: RewriteContext): string | undefined {
  const href = node.properties['href'];
  delete node.properties['target'];
  if (typeof href !== 'string' || href === '') return undefined;
  const target = siteTarget(href, context.pageUrl, context.base, context.origin);
  if (!target) {
    if (!/^(https?|ftp|mailto):/i.test(href)) return undefined;
    return context.inHeading ? undefined : href.replace(/^mailto:/i, '');
  }
  const inDocument = pageLinkTarget(href, context);
  if (inDocument !== undefined) {
    node.properties['href'] = `#${inDocument}`;
    return undefined;
  }
  const path = pagePath(target);
  const url = publicUrl(context, path, target.hash);
  if (url === undefined) {
    // Nowhere to send the reader: the text stays, as text.
    delete node.properties['href'];
    return undefined;
  }
  node.properties['href'] = url;
  return context.inHeading ? undefined : url;
}

function rewriteImage(node: Element, context: RewriteContext): void {
  // Lazy images below the fold would never load in a print render.
  delete node.properties['loading'];
  const src = node.properties['src'];
  if (typeof src === 'string' && !/^(data|https?):/i.test(src)) {
    node.properties['src'] = new URL(src, new URL(context.pageUrl, 'http://x.invalid')).pathname;
  }
}

function rewriteElement(node: Element, context: RewriteContext, inSvg: boolean): ElementContent[] {
  if (DROPPED_TAGS.has(node.tagName)) return [];
  if (DROPPED_CLASSES.some((name) => classesOf(node).includes(name))) return [];
  const svg = inSvg || node.tagName === 'svg';
  const copy: Element = { ...node, properties: { ...node.properties }, children: [] };
  // Ids inside an SVG stay: the SVG's own styles and markers refer to them.
  if (!svg) prefixRefs(copy.properties, context.key);
  const heading = svg ? null : HEADING.exec(node.tagName);
  if (heading) copy.tagName = `h${Math.min(6, Number(heading[1]) + context.headingShift)}`;
  if (node.tagName === 'details') copy.properties['open'] = true;
  if (copy.properties['role'] === 'tabpanel') delete copy.properties['hidden'];
  if (node.tagName === 'img') rewriteImage(copy, context);
  const printedUrl = node.tagName === 'a' ? rewriteLink(copy, context) : undefined;
  copy.children = rewriteChildren(node.children,
    heading ? { ...context, inHeading: true } : context, svg);
  if (heading) collapseWhitespace(copy.children);
  if (printedUrl && normalizeUrl(toString(copy).trim()) !== normalizeUrl(printedUrl)) {
    copy.children.push({
      type: 'element',
      tagName: 'span',
      properties: { className: ['pdf-url'], dataPdfUrl: printedUrl },
      children: [{ type: 'text', value: ` (${printedUrl})` }],
    });
  }
  return [copy];
}

/** Headings print with preserved spaces (see print.css), so runs of whitespace become one. */
function collapseWhitespace(nodes: ElementContent[]): void {
  for (const node of nodes) {
    if (node.type === 'text') node.value = node.value.replace(/\s+/g, ' ');
    else if (node.type === 'element' && node.tagName !== 'svg') collapseWhitespace(node.children);
  }
}

function rewriteChildren(
  children: ElementContent[],
  context: RewriteContext,
  inSvg: boolean,
): ElementContent[] {
  return children.flatMap((child) =>
    child.type === 'element' ? rewriteElement(child, context, inSvg) : [{ ...child }],
  );
}

/** The print version of a page's content element (a new tree). */
export function rewritePage(content: Element, context: RewriteContext): Element {
  // Cut first: the rows left out are never rewritten.
  const bounded = boundTables(content, {
    pageAddress: context.origin ? `${context.origin}${context.pageUrl}` : undefined,
  });
  const [result] = rewriteElement(bounded, context, false);
  if (!result || result.type !== 'element') throw new Error('page content was dropped');
  tableLinkNotes(result);
  cellBreaks(result);
  markLongCode(result);
  printedWalkthroughIds(result);
  return result;
}
