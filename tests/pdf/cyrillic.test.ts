/**
 * The write-ups hold no Cyrillic today, so the guide's PDF cannot show that Cyrillic prints. This
 * test puts a Russian heading and paragraph into a copy of one built page and prints the copy
 * with the real PDF step: the text must come out as characters, in the site's own Inter — not
 * in a system fallback font, and not as missing-glyph boxes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPdfs, GUIDE_FILE } from '../../src/pdf/build-pdfs.ts';
import { pdfFonts, pdfText } from './poppler.ts';

const root = join(import.meta.dirname, '../..');
const dist = process.env['SHIPSHAPE_DIST'] ?? join(root, 'dist');
const HEADING = 'Непривилегированный пользователь';
const PARAGRAPH = 'Образ запускает приложение от имени пользователя appuser 🐳.';
let copy = '';
let pdf = '';

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'shipshape-cyrillic-'));
  cpSync(dist, copy, { recursive: true, filter: (path) => !path.includes('/pyodide') });
  // The syllabus: a page whose own text needs no font but Inter.
  const page = join(copy, 'syllabus/index.html');
  const html = readFileSync(page, 'utf8').replace(
    /(<div class="sl-markdown-content">)/,
    `$1<h2 id="russian">${HEADING}</h2><p id="russian-text">${PARAGRAPH}</p>`,
  );
  expect(html).toContain(HEADING);
  writeFileSync(page, html);
  await buildPdfs({ dist: copy, version: 'test', date: '2026-01-01', lessons: false });
  pdf = join(copy, 'pdf', GUIDE_FILE);
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('Cyrillic in the PDF', () => {
  it('prints the Cyrillic heading and text as characters', () => {
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain(HEADING);
    expect(text).toContain(PARAGRAPH);
  });

  it('prints them in Inter, with no system font on that page', () => {
    const pages = pdfText(pdf).split('\f');
    const at = pages.findIndex((page) => page.replace(/\s+/g, ' ').includes(HEADING)
      && page.includes('Образ'));
    expect(at).toBeGreaterThan(-1);
    const names = pdfFonts(pdf, at + 1).map((font) => font.name.replace(/^[A-Z]{6}\+/, ''));
    expect(names.some((name) => name.startsWith('Inter-'))).toBe(true);
    expect(names.filter((name) => !/^(Inter-|JetBrainsMono-|\[none\])/.test(name))).toEqual([]);
  });
});
