/**
 * Site stage, fonts: which emoji and symbols the built guide uses, so that their fonts hold
 * those and nothing else. Read from every HTML page of `dist/` (markup and inline scripts, so
 * text a page's script shows later counts too) and from the CSS (`content: '⤷'`). Reading more
 * than is drawn costs a glyph; missing one would draw a box, so this errs on the side of more.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Code points the text fonts (Inter, JetBrains Mono: Latin subset) draw themselves. */
export function inTextFonts(point: number): boolean {
  return point < 0x2b0 || (point >= 0x2000 && point <= 0x206f) || [0x2074, 0x20ac, 0x2122,
    0x2191, 0x2193, 0x2212, 0x2215, 0xfeff, 0xfffd].includes(point);
}

/** The blocks the symbol faces (DejaVu) are used for: modifiers and combining marks, arrows,
 * maths, technical, box drawing, dingbats, supplemental arrows and symbols. */
const SYMBOL_BLOCKS: [number, number][] = [
  [0x2b0, 0x36f], [0x2000, 0x23ff], [0x2460, 0x27bf], [0x2900, 0x2bff],
];

export function inSymbolBlocks(point: number): boolean {
  return SYMBOL_BLOCKS.some(([from, to]) => point >= from && point <= to);
}

/**
 * Every code point above ASCII in `text`, also those written as numeric character references
 * (`&#x2014;`; the built pages write only ASCII ones by name).
 */
export function codePoints(text: string, into = new Set<number>()): Set<number> {
  // By UTF-16 unit, not `for…of`: a page is nearly all ASCII, and the string iterator made a
  // string of each character (0.15–0.4 s over the 28 MB of pages of 200 write-ups).
  for (let at = 0; at < text.length; at++) {
    if (text.charCodeAt(at) <= 0x7e) continue;
    // A lone surrogate is its own code point, as `for…of` gives it.
    const point = text.codePointAt(at) ?? 0;
    into.add(point);
    if (point > 0xffff) at++;
  }
  for (const [, hex, decimal] of text.matchAll(/&#(?:x([\da-f]{1,6})|(\d{1,7}));/gi)) {
    const point = hex === undefined ? Number(decimal) : Number.parseInt(hex, 16);
    if (point > 0x7e && point <= 0x10ffff) into.add(point);
  }
  return into;
}

/** The code points CSS writes as escapes (`content: '\\a0'`), above ASCII. */
export function cssEscapes(css: string, into = new Set<number>()): Set<number> {
  for (const [, hex = ''] of css.matchAll(/\\([\da-f]{1,6})/gi)) {
    const point = Number.parseInt(hex, 16);
    if (point > 0x7e && point <= 0x10ffff) into.add(point);
  }
  return into;
}

/**
 * The code points of a page or a stylesheet: its characters, and what CSS escapes in it stand
 * for (a stylesheet's, or a page's inline `<style>`: `content: '\2022'`). An escape-like `\de`
 * in a page's text adds a glyph it may not need, which costs bytes; a missed one would fetch a
 * whole font file.
 */
export function pageCodePoints(text: string, into = new Set<number>()): Set<number> {
  return cssEscapes(text, codePoints(text, into));
}

/** What the built site shows: its code points, and on how many pages each is. */
export interface UsedCharacters {
  /** The code points of the `.html` and `.css` files under `dist` (CSS escapes included). */
  points: Set<number>;
  /** The built pages (the `.html` files). */
  pages: number;
  /** How many of those pages show each code point. */
  counts: Map<number, number>;
  /** Each page's code points, by its file's path (the step reads the pages again to rewrite
   * them, and their preloads need them). */
  byPage: Map<string, readonly number[]>;
}

/** Where a page's code points may come from instead (page-cache.ts). */
export interface KnownPoints {
  pointsOf(html: string, compute: (html: string) => Iterable<number>): readonly number[];
}

/**
 * Reads every `.html` and `.css` file under `dist` once; a page's code points come from `known`
 * when it has them.
 */
export async function usedCharacters(dist: string, known?: KnownPoints)
  : Promise<UsedCharacters> {
  const points = new Set<number>();
  const counts = new Map<number, number>();
  const byPage = new Map<string, readonly number[]>();
  let pages = 0;
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !/\.(html|css)$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const text = await readFile(path, 'utf8');
    if (entry.name.endsWith('.css')) {
      pageCodePoints(text, points);
      continue;
    }
    pages += 1;
    // A page holds CSS too (Expressive Code's styles, inline): its escapes count as well.
    const pagePoints = known === undefined ? [...pageCodePoints(text)]
      : known.pointsOf(text, (html) => pageCodePoints(html));
    byPage.set(path, pagePoints);
    for (const point of pagePoints) {
      points.add(point);
      counts.set(point, (counts.get(point) ?? 0) + 1);
    }
  }
  return { points, pages, counts, byPage };
}

/** `U+20-7e,U+2192,U+1f433`: a CSS unicode-range naming exactly `points`, runs as ranges. */
export function unicodeRange(points: Iterable<number>): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let at = 0; at < sorted.length;) {
    let end = at;
    while (end + 1 < sorted.length && sorted[end + 1] === (sorted[end] ?? 0) + 1) end += 1;
    const [from = 0, to = 0] = [sorted[at], sorted[end]];
    const hex = (point: number): string => point.toString(16);
    parts.push(from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`);
    at = end + 1;
  }
  return parts.join(',');
}
