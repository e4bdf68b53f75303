/**
 * Bench helper: finds, in one HTML page, the stylesheets it links (`<link rel="stylesheet">`),
 * the scripts it loads (`<script src>`) and the code of its inline module scripts (whose static
 * imports load more JS). A small tag scanner is enough for Astro's generated HTML.
 */

export interface HtmlRefs {
  stylesheets: string[];
  /** `src` of every script; `module` tells whether its static imports are followed. */
  scripts: { src: string; module: boolean }[];
  /** Code of `<script type="module">` elements without `src`. */
  inlineModules: string[];
}

const LINK_TAG = /<link\b([^>]*)>/gi;
const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function decodeEntities(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    if (!attributes.has(name)) attributes.set(name, decodeEntities(value));
  }
  return attributes;
}

function stylesheetHrefs(html: string): string[] {
  const hrefs: string[] = [];
  for (const match of html.matchAll(LINK_TAG)) {
    const attributes = parseAttributes(match[1] ?? '');
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attributes.get('href');
    if (rel.includes('stylesheet') && href) hrefs.push(href);
  }
  return hrefs;
}

export function findHtmlRefs(html: string): HtmlRefs {
  const refs: HtmlRefs = { stylesheets: stylesheetHrefs(html), scripts: [], inlineModules: [] };
  for (const match of html.matchAll(SCRIPT_ELEMENT)) {
    const attributes = parseAttributes(match[1] ?? '');
    const type = (attributes.get('type') ?? '').toLowerCase();
    if (!SCRIPT_TYPES.has(type)) continue;
    const src = attributes.get('src');
    const module = type === 'module';
    if (src) refs.scripts.push({ src, module });
    else if (module) refs.inlineModules.push(match[2] ?? '');
  }
  return refs;
}
