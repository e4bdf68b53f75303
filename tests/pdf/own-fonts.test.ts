/**
 * The PDF must not depend on the fonts of the machine that prints it. This prints the guide
 * again with Chromium seeing only one system font family (Liberation, which Debian's chromium
 * package brings): had any character fallen through the site's own fonts, another family — or
 * a missing-glyph box — would show up. A system DejaVu or Noto Color Emoji cannot stand in for
 * the site's here, so their names in this PDF are the site's own faces.
 *
 * A part of a long guide whose running header holds a character none of its text holds (a run of
 * "Lab 02" copies under a header with 🐳, at 200 write-ups) printed the header in a system font:
 * the second case prints such a part, alone, with the same single system family.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findBrowser } from '../../src/browser/find-browser.ts';
import { GUIDE_FILE } from '../../src/pdf/build-pdfs.ts';
import { composeGuide } from '../../src/pdf/compose-document.ts';
import { startPrintServer } from '../../src/pdf/print-server.ts';
import { guidePages, readGuide } from '../../src/pdf/read-guide.ts';
import { openDocument } from '../../src/pdf/render-pdf.ts';
import { skipUnlessCi } from '../require-or-skip.ts';
import { pdfFonts, pdfText } from './poppler.ts';

const root = join(import.meta.dirname, '../..');
const dist = process.env['SHIPSHAPE_DIST'] ?? join(root, 'dist');
const LIBERATION = '/usr/share/fonts/truetype/liberation';
const ours = /^(\[none\]|Inter-|JetBrainsMono-|DejaVuSans)/;
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
    expect(names.filter((name) => !ours.test(name))).toEqual([]);
    expect(names.filter((name) => name === '[none]').length).toBeGreaterThan(5);
    const text = pdfText(pdf);
    for (const char of ['→', '≈', '✓', '🐳']) expect(text).toContain(char);
  });
});

describe.skipIf(noLiberation)('a part whose running header holds what its text does not', () => {
  it('prints the header in the site\'s fonts too', async () => {
    const guide = readGuide(dist);
    // Two pages with no 🐳 in their label or text, in a group whose label has one: printed one
    // page a part, the second part holds the 🐳 in its running header only.
    const plain = guidePages(guide.parts).filter((part) =>
      !`${part.label}${toString(part.page.content)}`.includes('🐳')).slice(0, 2);
    expect(plain).toHaveLength(2);
    const composed = composeGuide({
      title: 'Header fonts', cover: { title: 'x', lines: [] }, base: guide.base, lang: guide.lang,
      printCss: readFileSync(join(root, 'src/pdf/print.css'), 'utf8'), tocSections: false,
      parts: [{ kind: 'group', label: '🐳 Whales', parts: plain }],
      partBudget: { maxPages: 1, maxElements: 1_000_000 },
    });
    composed.part(0, new Map());
    const { html } = composed.part(1, new Map());
    // Its text holds no 🐳: only its header does.
    expect(toString(select('body', fromHtml(html)) as Element)).not.toContain('🐳');
    const server = await startPrintServer(dist, guide.base);
    const browser = await chromium.launch({ executablePath: await findBrowser(),
      args: CHROMIUM_ARGS, env: { ...process.env, FONTCONFIG_FILE: join(out, 'fonts.conf') } });
    try {
      const document = await openDocument(browser, server.serve('header-fonts', html),
        'header fonts', 120_000);
      const { pdf } = await document.render();
      await document.close();
      const file = join(out, 'header-fonts.pdf');
      writeFileSync(file, pdf);
      expect(pdfText(file)).toContain('🐳 Whales ·');
      const names = pdfFonts(file).map((font) => font.name.replace(/^[A-Z]{6}\+/, ''));
      expect(names.filter((name) => !ours.test(name))).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
