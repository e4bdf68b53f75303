/**
 * Outputs stage, PDF: composes the print HTML documents of one PDF from built pages — the front
 * (a cover and a table of contents) and the body in parts of a bounded size
 * (`split-parts.ts`), each part a document of its own, rendered on its own and merged
 * (`merge-parts.ts`), so that no document grows with the guide. Heading levels follow the
 * sidebar (groups `<h1>`, page titles one level below their group, page sections below that),
 * because Chromium builds the PDF outline from headings; the cover and the contents use no
 * heading elements, so they stay out of the outline. Each page is a named CSS page whose running
 * header names it. A link to an id in another part points at a hidden stub (Chromium writes a
 * link only to an id its document holds), and every id that another document links to gets a
 * hidden link (Chromium writes a named destination only for an id a link points at); the merge
 * joins the parts' named destinations, so the links work across parts.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { anchorId } from './anchors.ts';
import type { BuiltPage, Stylesheet } from './read-page.ts';
import { referSharedFiles, type FirstCopies } from './shared-files.ts';
import { pageLinkTarget, rewritePage } from './rewrite-page.ts';
import { countElements, splitPage } from './split-page.ts';
import { surveyPage } from './survey-page.ts';
import { PART_BUDGET, splitParts, type PartBudget } from './split-parts.ts';
import { printFontDisplay } from './font-display.ts';

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
  /**
   * A run of a long list of write-ups, cut by the site's sidebar (`site/writeup-sidebar.ts`):
   * its label ("… 166 – Lab … 83") tells runs apart in a sidebar, but says nothing in a
   * running header, which names the run by its place in its group instead (`Write-ups 41–60`).
   */
  run?: true;
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
  /** Size of a body part (`split-parts.ts`); the default suits every guide. */
  partBudget?: PartBudget | undefined;
}

export interface TocEntry {
  label: string;
  /** Id the entry links to; its page number is read back from the PDF (`toc-numbers.ts`). */
  target: string;
  level: number;
}

/** One part of the body: a print document of a few guide pages. */
export interface ComposedPart {
  /** The guide pages it holds, in order (named in error messages). */
  pages: PagePart[];
  html: string;
  /** Targets of the part's in-text page references (`shared-files.ts`); numbered like `toc`. */
  refs: TocEntry[];
  /**
   * Heading levels of the group and page titles it prints, in order: the merge nests each
   * part's outline under the groups that earlier parts opened (`merge-parts.ts`).
   */
  titleLevels: number[];
}

export interface ComposedGuide {
  toc: TocEntry[];
  /** How many body parts there are. */
  partCount: number;
  /** The cover and the contents; `numbers` fills in the contents' page numbers. */
  front(numbers?: ReadonlyMap<string, number>): string;
  /**
   * The whole PDF as one document — the cover, the contents, the body's only part, "page n of
   * N" by CSS (`pageNumbersCss`) — for a PDF of one part (a lesson): rendered twice (once for
   * the page numbers, once numbered) instead of the four renders of front, part, front and
   * footers. Throws for a PDF of several parts.
   */
  whole(pageNumbersCss: string): ComposedPart;
  /**
   * Body part `index`; parts are composed in order (a file printed in an earlier part is
   * referred to from a later one). `numbers` fills in the references whose target an earlier
   * part printed.
   */
  part(index: number, numbers: ReadonlyMap<string, number>): ComposedPart;
  /**
   * `count` empty sheets saying "page n of N" at the foot, n from `first` (none on page 1, the
   * cover): laid over the merged PDF (`merge-parts.ts`), since no part knows the page count of
   * the whole. Written out, not counted by CSS, so that a long guide's footers print in
   * documents of bounded size too.
   */
  footers(first: number, count: number, total: number, footerCss: string): string;
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
  /** The groups above the page, as its running header names them (a run by its place). */
  groups: string[];
  /** Groups that begin with this page: their heading goes above the page title. */
  opens: { label: string; id: string; level: number }[];
  level: number;
  /**
   * A large page, already printed (`rewritePage`), and cut if it is larger than a part
   * (`split-page.ts`): this piece's share of the content, and whether it continues the page
   * (no title, no id of the page; it may go in a later part).
   */
  piece?: { content: Element; continued: boolean };
  /** The page's title and tagline, taken when it was surveyed: printing them reads no page. */
  shown?: Pick<BuiltPage, 'title' | 'tagline'>;
}

const pageCount = (parts: Part[]): number =>
  parts.reduce((sum, part) => sum + (part.kind === 'page' ? 1 : pageCount(part.parts)), 0);

function walk(parts: Part[]): Walked[] {
  const out: Walked[] = [];
  let groupCount = 0;
  let pending: Walked['opens'] = [];
  const visit = (items: Part[], groups: string[]): void => {
    /** Pages of this level's earlier runs: where the next run starts in its group. */
    let before = 0;
    for (const item of items) {
      if (item.kind === 'group') {
        pending.push({ label: item.label, id: `grp-${++groupCount}`, level: groups.length + 1 });
        let header = item.label;
        if (item.run) {
          const count = pageCount(item.parts);
          const place = count === 1 ? `${before + 1}` : `${before + 1}–${before + count}`;
          header = `${groups.at(-1) ?? ''} ${place}`.trim();
          before += count;
        }
        visit(item.parts, [...groups, header]);
        continue;
      }
      out.push({ part: item, groups, opens: pending, level: groups.length + 1 });
      pending = [];
    }
  };
  visit(parts, []);
  return out;
}

/**
 * What composing needs to know of every page before the first part: its ids, its size, its
 * styles, its title (kept on `pages`). One look at each page: a page is read from its file when
 * it is needed (`read-guide.ts`) and may be let go between two looks.
 */
function survey(pages: Walked[]): { ids: Map<string, Set<string>>; sizes: number[];
  styles: PageStyles; hrefs: string[][] } {
  const ids = new Map<string, Set<string>>();
  const hrefs: string[][] = [];
  const sizes: number[] = [];
  const sheets = new Map<string, Stylesheet>();
  const styles = new Set<string>();
  for (const walked of pages) {
    const { part } = walked;
    const { page } = part;
    const surveyed = surveyPage(page.content);
    ids.set(part.key, new Set(surveyed.ids));
    sizes.push(surveyed.elements);
    hrefs.push(surveyed.hrefs);
    walked.shown = { title: page.title, ...(page.tagline ? { tagline: page.tagline } : {}) };
    for (const sheet of page.stylesheets) sheets.set(`${sheet.href} ${sheet.media ?? ''}`, sheet);
    for (const style of page.styles) styles.add(style);
  }
  return { ids, sizes, hrefs, styles: { sheets: [...sheets.values()], styles: [...styles] } };
}

/**
 * Printing may add elements (a break opportunity in every name in a table cell, notes after a
 * table): the cohort overview's table grows about threefold. A page above this share of a part's
 * budget is printed first and measured as printed.
 */
const PRINT_FIRST_SHARE = 0.25;

/**
 * The pages as the parts take them: a large page printed first (`printContent`), and cut into
 * pieces (`split-page.ts`) if, printed, it is larger than a part; with each one's size.
 */
function cutLarge(pages: Walked[], sizes: number[], maxElements: number,
  print: (walked: Walked) => Element): { pieces: Walked[]; pieceSizes: number[] } {
  const pieces: Walked[] = [];
  const pieceSizes: number[] = [];
  pages.forEach((walked, at) => {
    const size = sizes[at] ?? 0;
    if (size <= maxElements * PRINT_FIRST_SHARE) {
      pieces.push(walked);
      pieceSizes.push(size);
      return;
    }
    splitPage(print(walked), maxElements).forEach((content, index) => {
      pieces.push({ ...walked, ...(index > 0 ? { opens: [] } : {}),
        piece: { content, continued: index > 0 } });
      pieceSizes.push(countElements(content));
    });
  });
  return { pieces, pieceSizes };
}

function printContent(walked: Walked, options: ComposeOptions, context: {
  keys: Map<string, string>;
  ids: Map<string, Set<string>>;
}): Element {
  const { part, level } = walked;
  if (walked.piece) return walked.piece.content;
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
  // The running header's text, for the fonts it needs (`load-fonts.ts`): margin boxes are not
  // in the document's text.
  const properties = { style: `page: pdf-p${index + 1}`,
    dataRunningHeader: runningHeader(walked.groups, part.label) };
  if (walked.piece?.continued) {
    return h('article.pdf-page.pdf-page-continued', properties, content);
  }
  // The page's own title under its sidebar label, unless the label already says it
  // ("5. Multi-stage builds" for "Multi-stage builds").
  const shown = walked.shown ?? part.page;
  const subtitle = [shown.title, shown.tagline].filter(
    (line): line is string => !!line && !part.label.includes(line),
  );
  return h('article.pdf-page', { id: part.key, ...properties }, [
    ...walked.opens.map((group) =>
      h(`h${group.level}.pdf-group-title`, { id: group.id }, group.label),
    ),
    h(`h${Math.min(level, 6)}.pdf-page-title`, part.label),
    ...subtitle.map((line) => h('p.pdf-page-subtitle', line)),
    content,
  ]);
}

function tocEntries(pages: Walked[], sections: boolean): TocEntry[] {
  return pages.filter((walked) => !walked.piece?.continued).flatMap(({ part, opens, level }) => [
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

function pageRules(pages: Walked[], from: number): string {
  return pages
    .map((walked, index) => {
      const text = cssString(runningHeader(walked.groups, walked.part.label));
      return `@page pdf-p${from + index + 1} { @top-center { content: ${text}; } }`;
    })
    .join('\n');
}

/** The stylesheets of every page (the same few), the print rules and the part's page rules. */
interface PageStyles {
  sheets: Stylesheet[];
  styles: string[];
}

function head(page: PageStyles, printed: Walked[], from: number, options: ComposeOptions):
  Element {
  const { sheets, styles } = page;
  return h('head', [
    h('meta', { charset: 'utf-8' }),
    h('title', options.title),
    ...sheets.map((sheet) =>
      h('link', { rel: 'stylesheet', href: sheet.href, media: sheet.media }),
    ),
    ...styles.map((style) => h('style', printFontDisplay(style))),
    h('style', `${options.printCss}\n${pageRules(printed, from)}`),
  ]);
}

function hiddenLinks(ids: Iterable<string>, stubs: Iterable<string>): Element {
  // Display none: nothing prints, but Chromium writes a named destination for each id a link
  // points at (the links), and a link only to an id its document holds (the stubs).
  return h('div.pdf-anchors', { hidden: true }, [
    ...[...ids].map((id) => h('a', { href: `#${id}` })),
    ...[...stubs].map((id) => h('span', { id })),
  ]);
}

function documentHtml(options: ComposeOptions, headNode: Element, body: ElementContent[]): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: options.lang, dataTheme: 'light' }, [headNode, h('body.pdf', body)]),
    ],
  };
  return unified().use(rehypeStringify).stringify(tree);
}

function fillNumbers(tree: Element, numbers: ReadonlyMap<string, number>): void {
  for (const cell of selectAll('[data-toc-target]', tree)) {
    const number = numbers.get(String(cell.properties['dataTocTarget']));
    if (number !== undefined) cell.children = [{ type: 'text', value: String(number) }];
  }
}

/** Every id that a link on one guide page points at on another (`#key--id`). */
function crossPageTargets(pages: Walked[], hrefs: string[][], options: ComposeOptions,
  keys: Map<string, string>, ids: Map<string, Set<string>>): Set<string> {
  const targets = new Set<string>();
  pages.forEach(({ part }, index) => {
    const context = { pageUrl: `${options.base}${part.path}`, base: options.base,
      origin: options.origin, keys, ids };
    for (const href of hrefs[index] ?? []) {
      const target = pageLinkTarget(href, context);
      if (target !== undefined) targets.add(target);
    }
  });
  return targets;
}

/** The front and the body parts of one PDF, composed part by part. */
export function composeGuide(options: ComposeOptions): ComposedGuide {
  const listed = walk(options.parts);
  const keys = new Map(listed.map(({ part }) => [part.path, part.key]));
  const budget = options.partBudget ?? PART_BUDGET;
  const { ids, sizes, styles, hrefs } = survey(listed);
  const { pieces: pages, pieceSizes } = cutLarge(listed, sizes, budget.maxElements,
    (walked) => printContent(walked, options, { keys, ids }));
  const toc = tocEntries(pages, options.tocSections);
  const linked = crossPageTargets(listed, hrefs, options, keys, ids);
  for (const entry of toc) linked.add(entry.target);
  const lengths = splitParts(pieceSizes, budget);
  const starts: number[] = [];
  lengths.reduce((start, length) => (starts.push(start), start + length), 0);
  const firstCopies: FirstCopies = new Map();
  let next = 0;
  const headOf = (walked: Walked[], from: number): Element => head(styles, walked, from, options);
  const cover = (): Element => h('div.pdf-cover', [
    h('p.pdf-cover-title', options.cover.title),
    ...options.cover.lines.map((line) => h('p.pdf-cover-line', line)),
  ]);
  /** Part `index`'s pages, printed: the articles and the hidden links they need. */
  const body = (index: number, numbers: ReadonlyMap<string, number>) => {
    if (index !== next) throw new Error(`parts are composed in order: ${next}, not ${index}`);
    next++;
    const from = starts[index] ?? 0;
    const walked = pages.slice(from, from + (lengths[index] ?? 0));
    const contents = walked.map((item) => printContent(item, options, { keys, ids }));
    const refs = referSharedFiles(walked.map(({ part }, at) => ({ label: part.label,
      key: part.key, content: contents[at] ?? part.page.content })), firstCopies);
    const articles = walked.map((item, at) =>
      article(item, from + at, contents[at] ?? item.part.page.content));
    const own = new Set<string>();
    const pointed = new Set<string>();
    for (const node of articles) {
      fillNumbers(node, numbers);
      for (const element of selectAll('[id]', node)) own.add(String(element.properties['id']));
      if (typeof node.properties['id'] === 'string') own.add(node.properties['id']);
      for (const link of selectAll('a[href^="#"]', node)) {
        pointed.add(String(link.properties['href']).slice(1));
      }
    }
    const shared = new Set([...firstCopies.values()].map((copy) => copy.id));
    const anchors = [...own].filter((id) => linked.has(id) || shared.has(id));
    const stubs = [...pointed].filter((id) => id !== '' && !own.has(id));
    const titleLevels = walked.flatMap((item, at) => item.piece?.continued
      // A piece that continues a page prints no title: its top outline entries are its
      // sections' headings.
      ? selectAll('h1, h2, h3, h4, h5, h6', articles[at]).map((node) => Number(node.tagName[1]))
      : [...item.opens.map((group) => group.level), item.level]);
    return { walked, from, articles, anchors, stubs, refs, titleLevels };
  };
  return {
    toc,
    partCount: lengths.length,
    front(numbers = new Map()) {
      const list = tocList(toc);
      fillNumbers(list, numbers);
      return documentHtml(options, headOf([], 0),
        [cover(), list, hiddenLinks([], toc.map((entry) => entry.target))]);
    },
    whole(pageNumbersCss) {
      if (lengths.length > 1) throw new Error(`one document holds one part, not ${lengths.length}`);
      const { walked, from, articles, anchors, stubs, refs, titleLevels } = body(0, new Map());
      const documentHead = headOf(walked, from);
      documentHead.children.push(h('style', pageNumbersCss));
      return {
        pages: walked.map((item) => item.part),
        html: documentHtml(options, documentHead,
          [cover(), tocList(toc), ...articles, hiddenLinks(anchors, stubs)]),
        refs,
        titleLevels,
      };
    },
    footers(first, count, total, footerCss) {
      const sheets = Array.from({ length: count }, (_, at) => {
        const page = first + at;
        // The cover (page 1) has no footer.
        return h('div.pdf-sheet', page === 1 ? [] :
          [h('p.pdf-sheet-footer', `page ${page} of ${total}`)]);
      });
      const sheetHead = headOf([], 0);
      sheetHead.children.push(h('style', footerCss));
      return documentHtml(options, sheetHead, sheets);
    },
    part(index, numbers) {
      const { walked, from, articles, anchors, stubs, refs, titleLevels } = body(index, numbers);
      return {
        pages: walked.map((item) => item.part),
        html: documentHtml(options, headOf(walked, from),
          [...articles, hiddenLinks(anchors, stubs)]),
        refs,
        titleLevels,
      };
    },
  };
}
