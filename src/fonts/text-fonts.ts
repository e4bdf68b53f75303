/**
 * Site stage, fonts: the text fonts a page preloads — Inter (400, 600, 700) and JetBrains Mono
 * (400), their Latin files — cut after the build to the characters the built guide uses, with
 * the OpenType features the guide draws with and no others.
 *
 * Why: these four files are on every page's critical path (preloaded, so that text never swaps
 * in late), and Lighthouse's mobile run counts every byte that lands before the largest paint:
 * whole, they were 94 KB of a page's ~140 KB after its HTML (LCP 1.8–2.0 s, score 99). Cut, they
 * are about 32 KB. Most of the saving is the ligature machinery (`calt`, `liga`): JetBrains
 * Mono's is two thirds of the file, and the guide turns ligatures off in code anyway (`=>` must
 * not read as ⇒); Inter's contextual alternates would turn an author's `->` into an arrow.
 *
 * `font-display: optional`, so text is never re-wrapped by a font landing late: preloaded, the
 * face is there for the first layout (Chromium holds the first paint for a preloaded optional
 * font, briefly), and one that misses it is not used on that page: the system font draws it
 * until the next page, which has the file cached. With `swap`, a file held until after the
 * first paint moved text by CLS 0.004–0.100 on the measured pages (paragraphs, lists and chart
 * labels re-wrapped in the new widths); with `optional`, 0 (tests/browser/fonts.spec.ts).
 *
 * Nothing is lost for text the guide does not hold yet (a reader's input, a later build's
 * words): each cut face's unicode-range names exactly the characters it holds, and the whole
 * files claim the rest (whole-text-faces.ts), so a browser fetches a whole file only for a
 * character outside the cut one.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontverter from 'fontverter';
import subsetFont from 'subset-font';
import type { Face } from './font-face-rule.ts';
import { readTables } from './sfnt.ts';
import { glyphIds } from './subset-emoji.ts';

const require = createRequire(import.meta.url);

/** Features kept: kerning, tabular figures (walkthrough line numbers), composition and marks. */
export const KEPT_FEATURES = ['kern', 'tnum', 'ccmp', 'locl', 'mark', 'mkmk'];

/** The unicode-range of Fontsource's Latin files (`@fontsource/inter/latin-400.css`). */
const LATIN: readonly (readonly [number, number])[] = [
  [0x0, 0xff], [0x131, 0x131], [0x152, 0x153], [0x2bb, 0x2bc], [0x2c6, 0x2c6], [0x2da, 0x2da],
  [0x2dc, 0x2dc], [0x304, 0x304], [0x308, 0x308], [0x329, 0x329], [0x2000, 0x206f],
  [0x20ac, 0x20ac], [0x2122, 0x2122], [0x2191, 0x2191], [0x2193, 0x2193], [0x2212, 0x2212],
  [0x2215, 0x2215], [0xfeff, 0xfeff], [0xfffd, 0xfffd],
];

export function inLatinFile(point: number): boolean {
  return LATIN.some(([from, to]) => point >= from && point <= to);
}

interface TextFile {
  family: 'Inter' | 'JetBrains Mono';
  weight: 400 | 600 | 700;
  name: string;
  file: string;
}

export const TEXT_FILES: readonly TextFile[] = [
  ...([400, 600, 700] as const).map((weight) => ({ family: 'Inter' as const, weight,
    name: `inter-${weight}`, file: `@fontsource/inter/files/inter-latin-${weight}-normal.woff2` })),
  { family: 'JetBrains Mono', weight: 400, name: 'jetbrains-mono-400',
    file: '@fontsource/jetbrains-mono/files/jetbrains-mono-latin-400-normal.woff2' },
];

/**
 * The characters each cut file holds: those of `used` its Latin file covers, and printable
 * ASCII always (a page's script may show any of it: search results, "Run it here" output).
 */
export function textPoints(used: Iterable<number>): number[] {
  const points = new Set<number>();
  for (let point = 0x20; point <= 0x7e; point += 1) points.add(point);
  for (const point of used) if (point > 0x7e && inLatinFile(point)) points.add(point);
  return [...points].sort((a, b) => a - b);
}

/** Which of `points` the font (WOFF2) has a glyph for. */
async function held(font: Buffer, points: readonly number[]): Promise<number[]> {
  const cmap = readTables(new Uint8Array(await fontverter.convert(font, 'truetype'))).get('cmap');
  if (!cmap) throw new Error('a text font without a cmap table');
  const ids = glyphIds(cmap, points);
  return points.filter((point) => ids.has(point));
}

/** The four text faces cut to `used` (the built guide's code points). */
export async function textFaces(used: Iterable<number>): Promise<Face[]> {
  const wanted = textPoints(used);
  const text = String.fromCodePoint(...wanted);
  const faces: Face[] = [];
  for (const { family, weight, name, file } of TEXT_FILES) {
    const font = await subsetFont(await readFile(require.resolve(file)), text,
      { targetFormat: 'woff2', keepFeatures: KEPT_FEATURES });
    // A character the family lacks (a space of another width) is left to the next font.
    faces.push({ family, weight, name, font: new Uint8Array(font),
      points: await held(font, wanted), display: 'optional' });
  }
  return faces;
}
