/**
 * PDF tests: read the PDFs that `npm run pdf` wrote into `dist/pdf/` (run `npm run build`
 * first; `SHIPSHAPE_DIST` points at another built folder) with poppler and pdf-lib, and check
 * them against the built HTML: outline = sidebar, contents numbers = pages, every code line
 * printed and inside the page, fonts embedded and ours, emoji printed, links working.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_FILE, lessonFile } from '../../src/pdf/build-pdfs.ts';
import type { Part } from '../../src/pdf/compose-document.ts';
import { readPdfPlaces } from '../../src/pdf/pdf-destinations.ts';
import { guidePages, readGuide, type Guide } from '../../src/pdf/read-guide.ts';
import {
  pdfFonts, pdfInfo, pdfLinks, pdfOutline, pdfText, pdfWords,
} from './poppler.ts';

const root = join(import.meta.dirname, '../..');
const dist = process.env['SHIPSHAPE_DIST'] ?? join(root, 'dist');
const pdf = join(dist, 'pdf', GUIDE_FILE);
/** A4 in points and the page margins of src/pdf/print.css (mm → pt). */
const PAGE = { width: 595.28, height: 841.89 };
const MM = 72 / 25.4;
const MARGIN = { top: 20 * MM, side: 17 * MM, bottom: 18 * MM };

const squash = (text: string): string => text.replace(/\s+/g, '');

/** Every Markdown file under content/, as one text: what the authors wrote. */
function authoredText(): string {
  return readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(join(root, 'content', name), 'utf8')).join('\n');
}
const spaced = (text: string): string => text.replace(/\s+/g, ' ').trim();

let guide: Guide;
let pageCount = 0;
let bodyText = '';

beforeAll(() => {
  if (!existsSync(pdf)) throw new Error(`${pdf} is missing: run \`npm run build\` first`);
  guide = readGuide(dist);
  pageCount = Number(pdfInfo(pdf)['Pages']);
  const [x, y] = [MARGIN.side, MARGIN.top];
  bodyText = pdfText(pdf, {
    layout: true,
    crop: [x, y, PAGE.width - 2 * x, PAGE.height - MARGIN.top - MARGIN.bottom].map(Math.floor),
  });
});

describe('the guide PDF', () => {
  it('prints no address it made up: the default build has no public address', () => {
    expect(guide.origin).toBeUndefined();
    const text = pdfText(pdf);
    expect(text).not.toMatch(/shipshape\.example|example\.invalid/);
    // Site pages the PDF does not hold (rule pages) are named, with no address after them.
    expect(text).toContain('DL3042');
    expect(text).not.toMatch(/\(\/(?:rules|writeups|examples)\//);
  });

  it('is a tagged A4 document with a sane number of pages', () => {
    const info = pdfInfo(pdf);
    const pages = guidePages(guide.parts).length;
    expect(info['Tagged']).toBe('yes');
    expect(info['Page size']).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    // Cover + contents + at least one sheet per page; a runaway layout would print far more.
    expect(pageCount).toBeGreaterThanOrEqual(pages + 2);
    expect(pageCount).toBeLessThan(pages * 30);
  });

  it('has bookmarks whose top two levels are the sidebar', async () => {
    const expected = (parts: Part[]): unknown[] =>
      parts.map((part) =>
        part.kind === 'group'
          ? { title: part.label, children: part.parts.map((child) => child.label) }
          : { title: part.label },
      );
    const outline = await pdfOutline(pdf);
    const actual = outline.map((item, index) =>
      guide.parts[index]?.kind === 'group'
        ? { title: item.title, children: item.children.map((child) => child.title) }
        : { title: item.title },
    );
    expect(actual).toEqual(expected(guide.parts));
  });

  it('prints each contents entry with the page where its heading is printed', () => {
    // Every level: a long guide's write-ups sit in runs, one level further down.
    const entryLabels = (parts: Part[]): string[] => parts.flatMap((part) =>
      part.kind === 'group' ? [part.label, ...entryLabels(part.parts)] : [part.label]);
    const labels = entryLabels(guide.parts);
    const entries: { label: string; page: number }[] = [];
    for (let page = 2; entries.length < labels.length && page <= pageCount; page++) {
      for (const line of pdfText(pdf, { first: page, last: page, layout: true }).split('\n')) {
        const match = /^\s*(\S.*?)\s{2,}(\d+)\s*$/.exec(line);
        if (match && !/^page \d+ of/.test(match[1] ?? '')) {
          entries.push({ label: spaced(match[1] ?? ''), page: Number(match[2]) });
        }
      }
    }
    // Spaces aside: next to an emoji's box pdftotext may drop one (`🐳 … 5` reads `🐳…5`).
    expect(entries.map((entry) => squash(entry.label))).toEqual(labels.map(squash));
    for (const entry of entries) {
      const text = spaced(pdfText(pdf, { first: entry.page, last: entry.page }));
      expect(text, `${entry.label} on page ${entry.page}`).toContain(entry.label);
    }
    const numbers = entries.map((entry) => entry.page);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('prints every line of every code block, whole', () => {
    const printed = squash(bodyText);
    const missing: string[] = [];
    let blocks = 0;
    for (const part of guidePages(guide.parts)) {
      const content = part.page.content;
      // On paper a walkthrough is its numbered listing; its code panes are screen-only.
      const screenOnly = selectAll('.walkthrough .expressive-code pre', content);
      const codes = selectAll('.expressive-code pre', content).filter(
        (pre) => !screenOnly.includes(pre),
      );
      for (const code of codes) {
        blocks++;
        const lines = selectAll('.ec-line', code).map(toString);
        for (const line of lines) {
          if (!printed.includes(squash(line))) missing.push(`${part.path}: ${line}`);
        }
        // Whole blocks too: a page break inside a block must not drop or repeat lines.
        const whole = squash(lines.join(''));
        if (!printed.includes(whole)) missing.push(`${part.path}: block ${blocks}`);
      }
      for (const listing of selectAll('.wt-print-listing', content)) {
        blocks++;
        for (const line of selectAll('li > code', listing).map(toString)) {
          if (!printed.includes(squash(line))) missing.push(`${part.path}: ${line}`);
        }
      }
    }
    expect(blocks).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('keeps every word inside the page’s text column (nothing cut at the margin)', () => {
    const outside = pdfWords(pdf).filter(
      (word) => word.xMin < MARGIN.side - 1 || word.xMax > PAGE.width - MARGIN.side + 1,
    );
    expect(outside.slice(0, 10)).toEqual([]);
  });

  it('embeds every font, and every font is one the site serves itself', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    const families = new Set(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')));
    expect([...families].some((name) => name.startsWith('Inter'))).toBe(true);
    expect([...families].some((name) => name.startsWith('JetBrainsMono'))).toBe(true);
    // Color emoji print as Type 3 fonts without a name.
    for (const font of fonts.filter((f) => f.name === '[none]')) expect(font.type).toBe('Type 3');
    // DejaVu is the site's own symbol face (cut in src/fonts/). A system DejaVu bears
    // the same name; tests/browser/fonts.spec.ts asks Chromium itself that none is used.
    const ours = /^(\[none\]|Inter-|JetBrainsMono-|DejaVuSans-?|DejaVuSansMono)/;
    const others: string[] = [];
    for (let page = 1; page <= pageCount; page++) {
      for (const font of pdfFonts(pdf, page)) {
        const name = font.name.replace(/^[A-Z]{6}\+/, '');
        if (!ours.test(name)) others.push(`page ${page}: ${name}`);
      }
    }
    expect(others).toEqual([]);
  });

  it('prints the emoji of the headings and the Cyrillic of the text as characters', () => {
    const printed = squash(pdfText(pdf));
    for (const part of guidePages(guide.parts)) {
      const headings = selectAll('h1, h2, h3, h4, h5, h6', part.page.content).map(toString);
      const emoji = [...[part.label, ...headings].join('').matchAll(/\p{Extended_Pictographic}/gu)];
      const cyrillic = [...toString(part.page.content).matchAll(/\p{Script=Cyrillic}+/gu)];
      const missing = [...emoji, ...cyrillic].map(([text]) => text)
        .filter((text) => !printed.includes(text));
      expect(missing, part.path).toEqual([]);
    }
  });

  it('links its own pages inside the document and prints the URL of other links', async () => {
    const { links, dests } = await pdfLinks(pdf);
    const internal = links.filter((link) => link.dest !== undefined);
    expect(internal.length).toBeGreaterThan(guidePages(guide.parts).length);
    for (const link of internal) expect(dests, link.dest).toContain(link.dest);
    // The print server's address never leaks into a link; a local address an author wrote
    // ("then open http://localhost:8080") is the author's link, kept as written.
    const authored = authoredText();
    for (const link of links.filter((l) => l.uri)) {
      const written = authored.includes((link.uri ?? '').replace(/\/$/, ''));
      if (!written) expect(link.uri).not.toMatch(/^https?:\/\/(127\.0\.0\.1|localhost)/);
      if (guide.origin) {
        const path = (link.uri ?? '').startsWith(guide.origin)
          ? new URL(link.uri ?? '').pathname.slice(guide.base.length)
          : undefined;
        const inDocument = guidePages(guide.parts).some((p) => p.path === path);
        expect(inDocument, `${link.uri} should be a link inside the PDF`).toBe(false);
      }
    }
    // Layout text: plain pdftotext joins a URL wrapped after a hyphen without the hyphen.
    const printed = squash(bodyText);
    const unprinted: string[] = [];
    let external = 0;
    for (const part of guidePages(guide.parts)) {
      for (const a of selectAll('a[href^="http"]', part.page.content)) {
        external++;
        const href = String(a.properties['href']);
        if (!printed.includes(squash(href))) unprinted.push(`${part.path}: ${href}`);
      }
    }
    expect(external).toBeGreaterThan(0);
    expect(unprinted).toEqual([]);
  });
});

describe('the lesson PDFs', () => {
  const lessons = (): ReturnType<typeof guidePages> =>
    guidePages(guide.parts).filter((part) => part.path.startsWith('lessons/'));

  it('exist for every lesson, each with the lesson as its first bookmark', async () => {
    for (const lesson of lessons()) {
      const file = join(dist, 'pdf', lessonFile(lesson.path));
      expect(existsSync(file), file).toBe(true);
      const outline = await pdfOutline(file);
      expect(outline.map((item) => item.title)).toEqual([lesson.label]);
      expect(pdfFonts(file).filter((font) => !font.embedded)).toEqual([]);
      expect(spaced(pdfText(file, { first: 1, last: 1 }))).toContain(lesson.label);
    }
  });

  /** Each lesson PDF: its pages' text, and its contents' entries (page 2). */
  const lessonPdfs = () => lessons().map((lesson) => {
    const file = join(dist, 'pdf', lessonFile(lesson.path));
    const pages = pdfText(file).split('\f').slice(0, -1);
    const entries = pdfText(file, { first: 2, last: 2, layout: true }).split('\n')
      .flatMap((line) => {
        const match = /^\s*(\S.*?)\s{2,}(\d+)\s*$/.exec(line);
        return match ? [{ label: spaced(match[1] ?? ''), page: Number(match[2]) }] : [];
      });
    return { lesson, file, pages, entries };
  });
  // Emoji aside: pdftotext may place one a heading's line holds elsewhere in it.
  const plain = (text: string): string =>
    squash(text.replace(/\p{Extended_Pictographic}/gu, ''));

  it('number their sheets "page n of N" but the cover; the contents name the lesson', () => {
    for (const { lesson, file, pages, entries } of lessonPdfs()) {
      const footers = pages.map((text) => /page (\d+) of (\d+)/.exec(text)?.[0] ?? '');
      expect(footers, file).toEqual(pages.map((_, at) =>
        at === 0 ? '' : `page ${at + 1} of ${pages.length}`));
      expect(entries[0]?.label, file).toBe(lesson.label);
      expect(plain(pages[(entries[0]?.page ?? 0) - 1] ?? ''), file).toContain(plain(lesson.label));
      expect(entries.length, file).toBeGreaterThan(2);
    }
  });

  // A section heading that opens a box (`section.lesson-source`) and moved to the next sheet
  // kept its named destination on the sheet before, so its contents number was one too low
  // (non-root-users.pdf: "Switching to Non-root Before Runtime" listed on page 3, printed on
  // page 4). The contents take a heading's page from the outline (heading-pages.ts), which
  // points at the sheet the heading prints on.
  it('list each section with the page its heading prints on', () => {
    for (const { file, pages, entries } of lessonPdfs()) {
      for (const entry of entries) {
        expect(plain(pages[entry.page - 1] ?? ''), `${file}: ${entry.label}`)
          .toContain(plain(entry.label));
      }
    }
  });

  // Chromium titles a bookmark with every run of text it painted for the heading, and it
  // paints a heading a break moved to the next sheet on the sheet before too (clipped):
  // non-root-users.pdf had "👇  Switching to Non-root Before RuntimeSwitching to Non-root
  // Before Runtime". Each title is now the heading's text (merge-parts.ts).
  it('give every bookmark, in them and in the guide, the text of its heading', async () => {
    const texts = new Set<string>();
    const labels = (parts: Part[]): void => parts.forEach((part) => {
      texts.add(spaced(part.label));
      if (part.kind === 'group') labels(part.parts);
      else {
        for (const heading of selectAll('h1, h2, h3, h4, h5, h6', part.page.content)) {
          texts.add(spaced(toString(heading)));
        }
      }
    });
    labels(guide.parts);
    const titles = (items: Awaited<ReturnType<typeof pdfOutline>>): string[] =>
      items.flatMap((item) => [item.title, ...titles(item.children)]);
    const files = [pdf, ...lessons().map((lesson) => join(dist, 'pdf', lessonFile(lesson.path)))];
    let count = 0;
    const strange: string[] = [];
    for (const file of files) {
      const all = titles(await pdfOutline(file));
      count += all.length;
      strange.push(...all.filter((title) => !texts.has(title)).map((title) =>
        `${file.slice(dist.length + 1)}: ${title}`));
    }
    expect(strange).toEqual([]);
    expect(count).toBeGreaterThan(files.length * 3);
  });

  it('link each section to the page its heading prints on', async () => {
    for (const { file, pages, entries } of lessonPdfs()) {
      const { destinations } = await readPdfPlaces(readFileSync(file));
      const { links } = await pdfLinks(file);
      // The contents' links, in the order of their entries.
      const contents = links.filter((link) => link.page === 2 && link.dest !== undefined);
      expect(contents.length, file).toBe(entries.length);
      entries.forEach((entry, at) => {
        const page = destinations.get(contents[at]?.dest ?? '') ?? 0;
        expect(plain(pages[page - 1] ?? ''), `${file}: ${entry.label} → page ${page}`)
          .toContain(plain(entry.label));
      });
    }
  });
});

