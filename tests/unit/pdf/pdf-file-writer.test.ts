/**
 * PDF, writing the merged guide object by object: objects packed in deflated object streams of
 * the size asked for, streams as they are, each ref written with its number in the file, a
 * deflated cross-reference stream; the file reads back with every object (pdf-lib, and poppler
 * when it is installed).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, StandardFonts,
} from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { PdfFileWriter, pdfSyntax } from '../../../src/pdf/pdf-file-writer.ts';

const dir = mkdtempSync(join(tmpdir(), 'shipshape-pdf-file-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Three sheets written as two batches of the same three-page document, each batch numbered
 * past the one before, as the merge writes its parts; a page tree and catalog written last.
 */
async function written(objectsPerStream: number): Promise<{ file: string; text: string }> {
  const sample = await PDFDocument.create({ updateMetadata: false });
  const font = await sample.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= 3; n++) {
    sample.addPage([300, 300]).drawText(`Sheet ${n} of the sample`, { x: 20, y: 200, font });
  }
  await sample.flush();
  const file = join(dir, `sample-${objectsPerStream}.pdf`);
  const writer = new PdfFileWriter(file, objectsPerStream);
  const [catalog, pages] = [writer.reserve(), writer.reserve()];
  const kids: number[] = [];
  const pageTree = sample.catalog.get(PDFName.of('Pages'));
  for (let batch = 0; batch < 2; batch++) {
    const objects = sample.context.enumerateIndirectObjects()
      .filter(([ref]) => ref !== pageTree && ref !== sample.context.trailerInfo.Root);
    const base = writer.reserve(sample.context.largestObjectNumber);
    const number = (ref: PDFRef): number => (ref === pageTree ? pages
      : base + ref.objectNumber - 1);
    writer.writeObjects(objects, number);
    for (const page of sample.getPages()) kids.push(number(page.ref));
  }
  const info = writer.reserve();
  writer.writeSyntax([
    [pages, `<< /Type /Pages /Kids [${kids.map((n) => `${n} 0 R`).join(' ')}] /Count 6 >>`],
    [catalog, `<< /Type /Catalog /Pages ${pages} 0 R >>`],
    [info, `<< /Title ${PDFHexString.fromText('Written by zlib — 2').toString()} >>`],
  ]);
  writer.finish(catalog, info);
  return { file, text: readFileSync(file).toString('latin1') };
}

describe('pdfSyntax', () => {
  it('writes refs by the number given and everything else as pdf-lib does', async () => {
    const { context } = await PDFDocument.create();
    const dict = context.obj({ Type: 'Page', Kids: [PDFRef.of(3), PDFRef.of(4)], N: 1.5 });
    dict.set(PDFName.of('Title'), PDFHexString.fromText('Ä'));
    expect(pdfSyntax(dict, (ref) => ref.objectNumber + 100))
      .toBe('<</Type /Page\n/Kids [103 0 R 104 0 R]\n/N 1.5\n/Title <FEFF00C4>\n>>');
  });
});

describe('PdfFileWriter', () => {
  it('packs objects in deflated object streams of the size asked for', async () => {
    const { text } = await written(2);
    const streams = text.match(/\/Type \/ObjStm\n\/N [12]\n[^>]*\/Filter \/FlateDecode/g) ?? [];
    expect(streams.length).toBeGreaterThan(3);
    expect(text).not.toMatch(/\/Type \/ObjStm\n\/N ([3-9]|\d\d)/);
    expect(text).toMatch(/\/Type \/XRef[^>]*\/Filter \/FlateDecode/);
  });

  it('writes a file pdf-lib reads back: every page, in order, numbered past the last', async () => {
    const { file } = await written(1000);
    const read = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    expect(read.getPageCount()).toBe(6);
    expect(read.getTitle()).toBe('Written by zlib — 2');
    const numbers = read.getPages().map((page) => page.ref.objectNumber);
    expect(new Set(numbers).size).toBe(6);
    // Each page's font is the one written with its own batch.
    const fonts = read.getPages().map((page) => {
      const resources = page.node.lookup(PDFName.of('Resources'), PDFDict);
      const font = resources.lookup(PDFName.of('Font'), PDFDict);
      return (font.entries()[0]?.[1] as PDFRef).objectNumber;
    });
    expect(fonts[0]).toBe(fonts[2]);
    expect(fonts[3]).not.toBe(fonts[0]);
    const kids = read.catalog.lookup(PDFName.of('Pages'), PDFDict)
      .lookup(PDFName.of('Kids'), PDFArray);
    expect(kids.size()).toBe(6);
    expect(read.catalog.lookup(PDFName.of('Pages'), PDFDict).lookup(PDFName.of('Count')))
      .toEqual(PDFNumber.of(6));
  });

  it('writes a file poppler reads, with its text', async () => {
    const { file } = await written(1000);
    let text: string;
    try {
      text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // no poppler here
      throw error;
    }
    expect(text.match(/Sheet 3 of the sample/g)).toHaveLength(2);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+6/);
    expect(info).not.toMatch(/Syntax (Error|Warning)/);
  });
});
