/**
 * Outputs stage, PDF: composes ONE print HTML document from built pages — a cover, a table of
 * contents, then every page in sidebar order. Heading levels follow the sidebar (groups `<h1>`,
 * page titles one level below their group, page sections below that), because Chromium builds the
 * PDF outline from headings; the cover and the contents use no heading elements, so they stay
 * out of the outline. Each page is a named CSS page whose running header names it.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { anchorId } from './anchors.ts';
import type { BuiltPage, Stylesheet } from './read-page.ts';
import { rewritePage } from './rewrite-page.ts';
import { referSharedFiles } from './shared-files.ts';

export interface PagePart {
  kind: 'page';
  /** The page's label in the sidebar (its entry in the outline and the contents). */
  label: string;
  /** Site path without base (`writeups/x/`). */
  path: string;
  /** Id prefix of the page (`anchors.ts`), unique in the document. */
  key: string;
  page: BuiltPage;
}

export interface GroupPart {
  kind: 'group';
  label: string;
  parts: Part[];
}

export type Part = PagePart | GroupPart;

export interface ComposeOptions {
  /** `<title>` of the document, which Chromium writes as the PDF's title. */
  title: string;
  /** Lines of the cover: a title, then smaller lines (subtitle, version and date). */
  cover: { title: string; lines: string[] };
  parts: Part[];
  base: string;
  origin?: string | undefined;
  lang: string;
  /** Also list each page's sections (its `<h2>`s) in the contents (for a one-lesson PDF). */
  tocSections: boolean;
  /** The print stylesheet (`print.css`), inlined after the site's styles. */
  printCss: string;
}

export interface TocEntry {
  label: string;
  /** Id the entry links to; its page number is read back from the PDF (`toc-numbers.ts`). */
  target: string;
  level: number;
}

export interface ComposedDocument {
  html: string;
  toc: TocEntry[];
  /** Targets of the in-text page references (`shared-files.ts`); numbered like `toc`. */
  refs: TocEntry[];
}

/** A CSS string literal holding `text`. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]+/g, ' ')}"`;
}

/** Header text of a page, cut so that it stays one line in the page margin. */
export function runningHeader(groups: string[], label: string, max = 90): string {
  const text = [...groups.slice(-1), label].join(' · ');
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

interface Walked {
  part: PagePart;
  groups: string[];
  /** Groups that begin with this page: their heading goes above the page title. */
  opens: { label: string; id: string; level: number }[];
  level: number;
}

function walk(parts: Part[]): Walked[] {
  const out: Walked[] = [];
  let groupCount = 0;
  let pending: Walked['opens'] = [];
  const visit = (items: Part[], groups: string[]): void => {
    for (const item of items) {
      if (item.kind === 'group') {
        pending.push({ label: item.label, id: `grp-${++groupCount}`, level: groups.length + 1 });
        visit(item.parts, [...groups, item.label]);
        continue;
      }
      out.push({ part: item, groups, opens: pending, level: groups.length + 1 });
      pending = [];
    }
  };
  visit(parts, []);
  return out;
}

function pageIds(pages: Walked[]): Map<string, Set<string>> {
  return new Map(
    pages.map(({ part }) => [
      part.key,
      new Set(selectAll('[id]', part.page.content).map((node) => String(node.properties['id']))),
    ]),
  );
}

function printContent(walked: Walked, options: ComposeOptions, context: {
  keys: Map<string, string>;
  ids: Map<string, Set<string>>;
}): Element {
  const { part, level } = walked;
  return rewritePage(part.page.content, {
    key: part.key,
    pageUrl: `${options.base}${part.path}`,
    base: options.base,
    origin: options.origin,
    keys: context.keys,
    ids: context.ids,
    headingShift: level - 1,
  });
}

function article(walked: Walked, index: number, content: Element): Element {
  const { part, level } = walked;
  // The page's own title under its sidebar label, unless the label already says it
  // ("5. Multi-stage builds" for "Multi-stage builds").
  const subtitle = [part.page.title, part.page.tagline].filter(
    (line): line is string => !!line && !part.label.includes(line),
  );
  return h('article.pdf-page', { id: part.key, style: `page: pdf-p${index + 1}` }, [
    ...walked.opens.map((group) =>
      h(`h${group.level}.pdf-group-title`, { id: group.id }, group.label),
    ),
    h(`h${Math.min(level, 6)}.pdf-page-title`, part.label),
    ...subtitle.map((line) => h('p.pdf-page-subtitle', line)),
    content,
  ]);
}

function tocEntries(pages: Walked[], sections: boolean): TocEntry[] {
  return pages.flatMap(({ part, opens, level }) => [
    ...opens.map((group) => ({ label: group.label, target: group.id, level: group.level })),
    { label: part.label, target: part.key, level },
    ...(sections
      ? selectAll('h2[id]', part.page.content).map((heading) => ({
          label: toString(heading).replace(/\s+/g, ' ').trim(),
          target: anchorId(part.key, String(heading.properties['id'])),
          level: level + 1,
        }))
      : []),
  ]);
}

function tocList(entries: TocEntry[]): Element {
  return h('nav.pdf-toc', { ariaLabel: 'Contents' }, [
    h('p.pdf-toc-title', 'Contents'),
    h(
      'ul.pdf-toc-list',
      entries.map((entry) =>
        h(`li.pdf-toc-entry.pdf-toc-level-${entry.level}`, [
          h('a', { href: `#${entry.target}` }, [
            h('span.pdf-toc-label', entry.label),
            h('span.pdf-toc-page', { dataTocTarget: entry.target }, '0'),
          ]),
        ]),
      ),
    ),
  ]);
}

function pageRules(pages: Walked[]): string {
  return pages
    .map((walked, index) => {
      const text = cssString(runningHeader(walked.groups, walked.part.label));
      return `@page pdf-p${index + 1} { @top-center { content: ${text}; } }`;
    })
    .join('\n');
}

function unique<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function head(pages: Walked[], options: ComposeOptions): Element {
  const sheets = unique(
    pages.flatMap(({ part }) => part.page.stylesheets),
    (sheet: Stylesheet) => `${sheet.href} ${sheet.media ?? ''}`,
  );
  const styles = unique(pages.flatMap(({ part }) => part.page.styles), (style) => style);
  return h('head', [
    h('meta', { charset: 'utf-8' }),
    h('title', options.title),
    ...sheets.map((sheet) =>
      h('link', { rel: 'stylesheet', href: sheet.href, media: sheet.media }),
    ),
    ...styles.map((style) => h('style', style)),
    h('style', `${options.printCss}\n${pageRules(pages)}`),
  ]);
}

/** The print document and its contents entries (in order). */
export function composeDocument(options: ComposeOptions): ComposedDocument {
  const pages = walk(options.parts);
  const keys = new Map(pages.map(({ part }) => [part.path, part.key]));
  const ids = pageIds(pages);
  const toc = tocEntries(pages, options.tocSections);
  const cover = h('div.pdf-cover', [
    h('p.pdf-cover-title', options.cover.title),
    ...options.cover.lines.map((line) => h('p.pdf-cover-line', line)),
  ]);
  const contents = pages.map((walked) => printContent(walked, options, { keys, ids }));
  const refs = referSharedFiles(pages.map(({ part }, index) => ({ label: part.label,
    key: part.key, content: contents[index] ?? part.page.content })));
  const body: ElementContent[] = [
    cover,
    tocList(toc),
    ...pages.map((walked, index) => article(walked, index,
      contents[index] ?? walked.part.page.content)),
  ];
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: options.lang, dataTheme: 'light' }, [
        head(pages, options),
        h('body.pdf', body),
      ]),
    ],
  };
  return { html: unified().use(rehypeStringify).stringify(tree), toc, refs };
}
