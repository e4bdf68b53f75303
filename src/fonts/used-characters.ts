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

/** Every code point above ASCII in `text`. */
export function codePoints(text: string, into = new Set<number>()): Set<number> {
  for (const char of text) {
    const point = char.codePointAt(0) ?? 0;
    if (point > 0x7e) into.add(point);
  }
  return into;
}

/** The code points of the `.html` and `.css` files under `dist`. */
export async function usedCodePoints(dist: string): Promise<Set<number>> {
  const points = new Set<number>();
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !/\.(html|css)$/.test(entry.name)) continue;
    codePoints(await readFile(join(entry.parentPath, entry.name), 'utf8'), points);
  }
  return points;
}

/** `U+1f433,U+2192`: a CSS unicode-range naming exactly `points`. */
export function unicodeRange(points: Iterable<number>): string {
  return [...points].sort((a, b) => a - b).map((point) => `U+${point.toString(16)}`).join(',');
}
