/**
 * PDF, writing the merged guide: objects packed in compressed object streams of the size asked
 * for, the streams and the cross-reference stream deflated by zlib, and the file reads back
 * with every object (pdf-lib, and poppler when it is installed).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { writePdf } from '../../../src/pdf/write-pdf.ts';

async function sample(): Promise<PDFDocument> {
  const document = await PDFDocument.create({ updateMetadata: false });
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= 3; n++) {
    document.addPage().drawText(`Sheet ${n} of the sample`, { x: 50, y: 700, font });
  }
  document.setTitle('Written by zlib');
  await document.flush();
  return document;
}

describe('writePdf', () => {
  it('packs objects in deflated object streams of the size asked for', async () => {
    const bytes = await writePdf((await sample()).context, 2);
    const text = Buffer.from(bytes).toString('latin1');
    // pdf-lib's own writer would have put them all in one stream of 50.
    const streams = text.match(/\/Type \/ObjStm\s+\/N [12]\s[^>]*\/Filter \/FlateDecode/g) ?? [];
    expect(streams.length).toBeGreaterThan(3);
    expect(text).not.toMatch(/\/Type \/ObjStm\s+\/N ([3-9]|\d\d)/);
    const read = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(text).toMatch(/\/Type \/XRef[^>]*\/Filter \/FlateDecode/);
    expect(read.getPageCount()).toBe(3);
    expect(read.getTitle()).toBe('Written by zlib');
  });

  it('writes a file poppler reads, with its text', async () => {
    const bytes = await writePdf((await sample()).context, 1000);
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-write-pdf-'));
    try {
      const file = join(dir, 'sample.pdf');
      writeFileSync(file, bytes);
      let text: string;
      try {
        text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // no poppler here
        throw error;
      }
      expect(text).toContain('Sheet 3 of the sample');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
