/**
 * The whole text font files in a build that cuts the text fonts: each claims only what the cut
 * file of its family and weight lacks, so that a cut face missing the first paint (it is
 * `font-display: optional`) leaves its text to the system font for good, and never to a whole
 * file that swaps in later and moves the text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textFaces } from '../../../src/fonts/text-fonts.ts';
import {
  outsideCut, readWholeFiles, unicodeRangePoints, WHOLE_FONTS_CSS, wholeTextFaces,
  WholeFontsError,
} from '../../../src/fonts/whole-text-faces.ts';

const USED = [...'Déjà vu — “quoted” → 🐳'].map((char) => char.codePointAt(0) ?? 0);

describe('whole text font files', async () => {
  const cut = await textFaces(USED);
  const whole = await wholeTextFaces(cut);

  it('reads unicode-range items: single points, ranges and wildcards', () => {
    expect(unicodeRangePoints('U+0131, U+2013-2015,U+00?')).toEqual([...Array(16).keys()]
      .concat([0x131, 0x2013, 0x2014, 0x2015]));
    expect(() => unicodeRangePoints('U+0131, 2013')).toThrow(WholeFontsError);
    expect(() => unicodeRangePoints('U+0131, 2013')).toThrow('`2013` is not a unicode-range');
  });

  it('reads the twelve rules of the stylesheet `astro dev` loads', () => {
    const files = readWholeFiles(readFileSync(WHOLE_FONTS_CSS, 'utf8'));
    expect(files.map((file) => `${file.family} ${file.weight}`)).toEqual([
      ...['400', '600', '700'].flatMap((weight) => Array(3).fill(`Inter ${weight}`)),
      ...Array(3).fill('JetBrains Mono 400')]);
    const [latin] = files;
    expect(latin?.file).toBe('@fontsource/inter/files/inter-latin-400-normal.woff2');
    // U+0000-00FF … U+FFFD, Fontsource's Latin range.
    expect(latin?.points).toEqual(expect.arrayContaining([0x41, 0xe9, 0x2014, 0xfffd]));
    expect(() => readWholeFiles("@font-face { font-family: 'Inter'; }", 'x.css'))
      .toThrow("x.css: an @font-face rule without url('…')");
  });

  it('claims nothing a cut face of its family and weight holds', () => {
    expect(whole).toHaveLength(12);
    for (const face of whole) {
      const held = cut.find((other) => other.family === face.family
        && other.weight === face.weight)?.points ?? [];
      expect(held.length).toBeGreaterThan(95);
      expect(face.points.filter((point) => held.includes(point)), face.name).toEqual([]);
    }
    const latin = whole.find((face) => face.name === 'inter-latin-400');
    // Not A, é or —, which the cut face holds; yes ß and the euro sign, which it does not.
    for (const point of [0x41, 0xe9, 0x2014]) expect(latin?.points).not.toContain(point);
    expect(latin?.points).toEqual(expect.arrayContaining([0xdf, 0x20ac]));
    expect(whole.find((face) => face.name === 'inter-cyrillic-700')?.points).toContain(0x416);
  });

  it('keeps a whole file swap and the cut faces optional', () => {
    expect(whole.every((face) => face.display === undefined)).toBe(true);
    expect(cut.map((face) => face.display)).toEqual(Array(4).fill('optional'));
  });

  it('leaves a file whole when no cut face shares its family and weight', () => {
    const file = { family: 'Inter', weight: 800, file: 'x.woff2', points: [0x41, 0x42] };
    expect(outsideCut(file, cut)).toEqual([0x41, 0x42]);
  });
});
