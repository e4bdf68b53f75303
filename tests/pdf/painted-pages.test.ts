/**
 * PDF tests, every sheet painted (issue 15): the guide PDF and each lesson PDF are painted by
 * poppler at low resolution, and every sheet but the cover must show ink inside its text
 * column, as much as its text needs. Catches what reading the text cannot: a sheet printed
 * blank while its text is still in the file (a layer painted over it, text drawn invisible
 * because the fonts were not ready), and a part that printed nothing but empty sheets.
 * Reads `dist/pdf/` (run `npm run build` first).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_FILE } from '../../src/pdf/build-pdfs.ts';
import { inkShare, pdfPaint, pdfWords } from './poppler.ts';

const root = join(import.meta.dirname, '../..');
const dist = process.env['SHIPSHAPE_DIST'] ?? join(root, 'dist');
const guide = join(dist, 'pdf', GUIDE_FILE);
const lessonsDir = join(dist, 'pdf', 'lessons');
/** A4 in points, and the text column inside print.css's margins (20, 17, 18 mm). */
const MM = 72 / 25.4;
const COLUMN = { x: 17 * MM, y: 20 * MM, width: 595.28 - 34 * MM, height: 841.89 - 38 * MM };
/** 20 dpi: a sheet of 130 pages paints in a few seconds, and a line of text still shows. */
const DPI = 20;
/**
 * Least ink in the text column: the emptiest real sheet of the guide (six words closing a page)
 * paints 0.22% of it at 20 dpi, a blank one 0%.
 */
const MIN_INK = 0.001;
/** Ink a sheet's text needs at least, per word in its text column (the guide's least: 0.00013). */
const MIN_INK_PER_WORD = 0.00005;

interface Sheet {
  file: string;
  page: number;
  ink: number;
  words: number;
}

function sheets(file: string): Sheet[] {
  const words = pdfWords(file);
  return pdfPaint(file, DPI).map((painted) => ({
    file: file.slice(dist.length + 1),
    page: painted.page,
    ink: inkShare(painted, COLUMN),
    words: words.filter((word) => word.page === painted.page && word.yMin > COLUMN.y - 1 &&
      word.yMax < COLUMN.y + COLUMN.height + 1).length,
  }));
}

const files = (): string[] => [guide, ...(existsSync(lessonsDir)
  ? readdirSync(lessonsDir).filter((name) => name.endsWith('.pdf'))
    .map((name) => join(lessonsDir, name)) : [])];

let painted: Sheet[] = [];

beforeAll(() => {
  if (!existsSync(guide)) throw new Error(`${guide} is missing: run \`npm run build\` first`);
  painted = files().flatMap(sheets);
});

describe('every sheet of the PDFs is painted', () => {
  it('paints the guide and at least one lesson PDF', () => {
    expect(painted.filter((sheet) => sheet.file.endsWith(GUIDE_FILE)).length).toBeGreaterThan(20);
    expect(new Set(painted.map((sheet) => sheet.file)).size).toBeGreaterThan(1);
  });

  it('shows ink in the text column of every sheet but the cover', () => {
    const blank = painted.filter((sheet) => sheet.page > 1 && sheet.ink < MIN_INK);
    expect(blank.map((sheet) => `${sheet.file} page ${sheet.page}: ${sheet.words} words, ` +
      `ink ${(sheet.ink * 100).toFixed(2)}%`)).toEqual([]);
  });

  it('shows as much ink as its text needs (text that is in the file but not painted)', () => {
    const faint = painted.filter((sheet) => sheet.ink < sheet.words * MIN_INK_PER_WORD);
    expect(faint.map((sheet) => `${sheet.file} page ${sheet.page}: ${sheet.words} words, ` +
      `ink ${(sheet.ink * 100).toFixed(3)}%`)).toEqual([]);
  });
});
