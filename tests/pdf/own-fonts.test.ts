/**
 * The PDF must not depend on the fonts of the machine that prints it. This prints the guide
 * again with Chromium seeing only one system font family (Liberation, which Debian's chromium
 * package brings): had any character fallen through the site's own fonts, another family — or
 * a missing-glyph box — would show up. A system DejaVu or Noto Color Emoji cannot stand in for
 * the site's here, so their names in this PDF are the site's own faces.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_FILE } from '../../src/pdf/build-pdfs.ts';
import { skipUnlessCi } from '../require-or-skip.ts';
import { pdfFonts, pdfText } from './poppler.ts';

const root = join(import.meta.dirname, '../..');
const dist = process.env['SHIPSHAPE_DIST'] ?? join(root, 'dist');
const LIBERATION = '/usr/share/fonts/truetype/liberation';
let out = '';
const noLiberation = skipUnlessCi(existsSync(LIBERATION) ? undefined
  : `no Liberation fonts in ${LIBERATION} (Debian: apt-get install fonts-liberation)`);

beforeAll(() => {
  if (noLiberation) return;
  out = mkdtempSync(join(tmpdir(), 'shipshape-own-fonts-'));
  const config = join(out, 'fonts.conf');
  writeFileSync(config, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n`
    + `<fontconfig><dir>${LIBERATION}</dir><cachedir>${join(out, 'cache')}</cachedir>`
    + '</fontconfig>\n');
  const run = spawnSync(process.execPath, [join(root, 'scripts/pdf.ts'), '--dist', dist,
    '--out', join(out, 'pdf'), '--no-lessons'], {
    cwd: root, encoding: 'utf8', timeout: 240_000,
    env: { ...process.env, FONTCONFIG_FILE: config },
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
});

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe.skipIf(noLiberation)('the PDF with no system fonts but Liberation', () => {
  it('uses only the site\'s own fonts, emoji and symbols included', () => {
    const pdf = join(out, 'pdf', GUIDE_FILE);
    const names = pdfFonts(pdf).map((font) => font.name.replace(/^[A-Z]{6}\+/, ''));
    expect(names.filter((name) => !/^(\[none\]|Inter-|JetBrainsMono-|DejaVuSans)/.test(name)))
      .toEqual([]);
    expect(names.filter((name) => name === '[none]').length).toBeGreaterThan(5);
    const text = pdfText(pdf);
    for (const char of ['→', '≈', '✓', '🐳']) expect(text).toContain(char);
  });
});
