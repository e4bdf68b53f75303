/**
 * PDF tests, the guide on paper (issue 12): no near-blank page (a file tab's label or an empty
 * terminal frame alone on a sheet), a file the examples share printed once and referred to with
 * the right page, the names in table cells broken only after `/`, `:` or `-`, and nothing of
 * "Run it here" but its note. Reads `dist/pdf/shipshape-guide.pdf` (run `npm run build` first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_FILE } from '../../src/pdf/build-pdfs.ts';
import { pdfText, pdfWords, type Word } from './poppler.ts';

const root = join(import.meta.dirname, '../..');
const dist = process.env['SHIPSHAPE_DIST'] ?? join(root, 'dist');
const pdf = join(dist, 'pdf', GUIDE_FILE);
/** A4 height in points and the top and bottom margins of src/pdf/print.css (mm → pt). */
const PAGE_HEIGHT = 841.89;
const MM = 72 / 25.4;
const TOP = 20 * MM;
const BOTTOM = PAGE_HEIGHT - 18 * MM;
/** Fewer words than this on a sheet is a near-blank page… */
const MIN_WORDS = 15;
/** …unless it ends a page of the guide (the next sheet starts another one: each page of the
 * guide starts on a new sheet, so its last lines may stand alone) and holds real text, not a
 * lone label: at least this many words. */
const MIN_WORDS_LAST_SHEET = 5;

let words: Word[] = [];
let pageCount = 0;

beforeAll(() => {
  if (!existsSync(pdf)) throw new Error(`${pdf} is missing: run \`npm run build\` first`);
  words = pdfWords(pdf);
  pageCount = Math.max(...words.map((word) => word.page));
});

const body = (page: number): string[] => words
  .filter((word) => word.page === page && word.yMin > TOP - 1 && word.yMax < BOTTOM + 1)
  .map((word) => word.text);
const header = (page: number): string => words
  .filter((word) => word.page === page && word.yMax < TOP)
  .map((word) => word.text).join(' ');

describe('the guide PDF on paper', () => {
  it('has no near-blank sheet: the cover and an article\'s short last sheet are the exceptions',
    () => {
      const blank: string[] = [];
      // Sheet 1 is the cover: a title and three lines, by design.
      for (let page = 2; page <= pageCount; page++) {
        const text = body(page);
        if (text.length >= MIN_WORDS) continue;
        const lastOfArticle = page === pageCount || header(page + 1) !== header(page);
        if (lastOfArticle && text.length >= MIN_WORDS_LAST_SHEET) continue;
        blank.push(`page ${page} (${header(page)}): ${text.join(' ') || '(nothing)'}`);
      }
      expect(pageCount).toBeGreaterThan(20);
      expect(blank).toEqual([]);
    });

  it('prints a file the examples share once; later examples name the page it is on', () => {
    const text = pdfText(pdf);
    const refs = [...text.matchAll(/^(\S+): the same as in (.+), page (\d+)$/gm)];
    // app.py, its tests, requirements.txt and the ignore files, in examples 02 to 05.
    expect(refs.length).toBeGreaterThanOrEqual(4 * 4);
    for (const [, path, , page] of refs) {
      const sheet = pdfText(pdf, { first: Number(page), last: Number(page) });
      expect(sheet.split('\n'), `${path} on page ${page}`).toContain(path);
    }
    // The app's docstring opens app.py: printed once, not five times.
    const appPy = readFileSync(join(root, 'content/examples/_app/app.py'), 'utf8');
    const first = appPy.split('\n')[0] ?? '';
    expect(first.length).toBeGreaterThan(10);
    expect(text.split(first).length - 1).toBe(1);
  });

  it('breaks an image name in a table cell only after / : or -', () => {
    const names = new Set(['python:3.9-alpine3.15', 'gcr.io/distroless/python3-debian12',
      'gcr.io/distroless/python3-debian11']);
    const dataset = readFileSync(join(root, 'content/data/base-images.yaml'), 'utf8');
    for (const [, name] of dataset.matchAll(/^\s*(?:reference|tag): (\S+)$/gm)) {
      if (name !== undefined && name !== 'unknown') names.add(name);
    }
    const texts = words.map((word) => word.text);
    const broken: string[] = [];
    let pieces = 0;
    texts.forEach((word, index) => {
      for (const name of names) {
        if (word.length < 2 || word.length >= name.length || !name.startsWith(word)) continue;
        const rest = name.slice(word.length);
        // The rest of the name is among the next few words (other cells of the row come
        // between them in reading order).
        const next = texts.slice(index + 1, index + 8)
          .find((other) => other.length >= 2 && (rest.startsWith(other) || other.startsWith(rest)));
        if (next === undefined) continue;
        pieces++;
        if (!'/:-'.includes(name[word.length - 1] ?? '')) broken.push(`${word}|${next} (${name})`);
      }
    });
    expect(pieces, 'names wrapped in narrow cells, so the check checks something')
      .toBeGreaterThan(0);
    expect([...new Set(broken)]).toEqual([]);
  });

  it('prints "Run it here" as its note only: no terminal, no build log', () => {
    const text = pdfText(pdf);
    expect(text).toContain('On paper nothing runs');
    expect(text).not.toMatch(/Press Build to simulate|^Not running\.$|^Command$/m);
  });

  it('prints the playground as what it is for, not its editor, findings or build', () => {
    const text = pdfText(pdf);
    expect(text).toMatch(/checks a Dockerfile as you type; it runs in a browser/);
    expect(text).not.toMatch(/^Copy link$|^Fix all that can be fixed$|^Checking…$/m);
  });
});
