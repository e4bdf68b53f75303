/**
 * Site stage, fonts: a WOFF2 of Noto Color Emoji holding only the given emoji, in colour. The
 * outlines go through HarfBuzz with their glyph ids kept (harfbuzz-subset.ts); COLR and CPAL,
 * which that build of HarfBuzz drops, are rebuilt for the same ids (colr-subset.ts).
 * Single code points only: a ZWJ sequence or flag would draw as its parts.
 */
import fontverter from 'fontverter';
import { subsetColr } from './colr-subset.ts';
import { subsetRetainingGlyphIds } from './harfbuzz-subset.ts';
import { readTables, writeFont } from './sfnt.ts';

/** The glyph id of each code point the font has, from its cmap (format 12 and 4 subtables). */
export function glyphIds(cmap: Uint8Array, points: Iterable<number>): Map<number, number> {
  const view = new DataView(cmap.buffer, cmap.byteOffset, cmap.byteLength);
  const wanted = new Set(points);
  const found = new Map<number, number>();
  for (let table = 0; table < view.getUint16(2); table++) {
    const at = view.getUint32(4 + table * 8 + 4);
    const format = view.getUint16(at);
    if (format === 4) {
      const segments = view.getUint16(at + 6) / 2;
      for (let segment = 0; segment < segments; segment++) {
        const end = view.getUint16(at + 14 + segment * 2);
        const start = view.getUint16(at + 16 + segments * 2 + segment * 2);
        const delta = view.getUint16(at + 16 + segments * 4 + segment * 2);
        const rangeAt = at + 16 + segments * 6 + segment * 2;
        const range = view.getUint16(rangeAt);
        for (const point of wanted) {
          if (point < start || point > end || found.has(point)) continue;
          const glyph = range === 0 ? point + delta
            : view.getUint16(rangeAt + range + (point - start) * 2);
          if (glyph % 0x10000 !== 0) {
            found.set(point, (range === 0 ? glyph : glyph + delta) % 0x10000);
          }
        }
      }
    }
    if (format === 12) {
      for (let group = 0; group < view.getUint32(at + 12); group++) {
        const g = at + 16 + group * 12;
        const [start, end, glyph] = [view.getUint32(g), view.getUint32(g + 4),
          view.getUint32(g + 8)];
        for (const point of wanted) {
          if (point >= start && point <= end) found.set(point, glyph + point - start);
        }
      }
    }
  }
  return found;
}

export interface EmojiSubset {
  /** WOFF2. */
  font: Uint8Array;
  /** The code points of `points` the font has (the others are not emoji). */
  points: number[];
}

/** Noto Color Emoji (`source`: WOFF, WOFF2 or SFNT) cut to those of `points` it has. */
export async function subsetColorEmoji(source: Uint8Array, points: Iterable<number>)
  : Promise<EmojiSubset> {
  const font = new Uint8Array(await fontverter.convert(Buffer.from(source), 'truetype'));
  const tables = readTables(font);
  const colr = tables.get('COLR');
  const cpal = tables.get('CPAL');
  const cmap = tables.get('cmap');
  if (!colr || !cpal || !cmap) throw new Error('not a COLR/CPAL colour font');
  const ids = glyphIds(cmap, points);
  const colour = subsetColr(colr, cpal, ids.values());
  const outlines = await subsetRetainingGlyphIds(font, {
    codePoints: ids.keys(),
    glyphs: [...colour.glyphs, ...ids.values()],
  });
  const subset = readTables(outlines);
  subset.set('COLR', colour.colr);
  subset.set('CPAL', colour.cpal);
  const woff2 = await fontverter.convert(Buffer.from(writeFont(subset)), 'woff2');
  return { font: new Uint8Array(woff2), points: [...ids.keys()] };
}
