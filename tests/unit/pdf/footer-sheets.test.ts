/**
 * PDF, the footers of a guide in parts (`footer-sheets.ts`): each sheet rendered once, when the
 * merge first asks for one of its pages; a document's footers from two sheets; a sheet dropped
 * once passed; a sheet of the wrong length named.
 */
import type { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { FooterSheetError, FooterSheets } from '../../../src/pdf/footer-sheets.ts';
import { syntheticFooters } from './synthetic-parts.ts';

describe('FooterSheets', () => {
  it('renders each sheet once, as the merge reaches it, and keeps at most two', async () => {
    const rendered: string[] = [];
    const firstPage = new Map<PDFDocument, number>();
    const sheets = new FooterSheets(12, 5, async (from, size) => {
      rendered.push(`${from + 1}-${from + size}`);
      const sheet = await syntheticFooters(from + 1, size, 12);
      firstPage.set(sheet, from + 1);
      return sheet;
    });
    // Documents of 3, 4 (pages 4–7: two sheets), 2 and 3 pages.
    const counts = [3, 4, 2, 3];
    let first = 0;
    const got: number[] = [];
    for (const count of counts) {
      const pages = await sheets.pages(first, count);
      expect(pages).toHaveLength(count);
      // The page number each footer page was made for.
      got.push(...pages.map((page) => (firstPage.get(page.doc) ?? 0) +
        page.doc.getPages().indexOf(page)));
      expect(sheets.held).toBeLessThanOrEqual(2);
      first += count;
    }
    expect(rendered).toEqual(['1-5', '6-10', '11-12']);
    expect(got).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    // The last document starts on the second sheet: the first is gone.
    expect(sheets.held).toBe(2);
  });

  it('gives the page of the sheet that holds it', async () => {
    const sheets = new FooterSheets(8, 3, (from, size) => syntheticFooters(from + 1, size, 8));
    const [fourth, fifth] = await sheets.pages(3, 2);
    const again = await sheets.pages(3, 1);
    expect(fourth).toBe(again[0]);
    expect(fourth?.doc).toBe(fifth?.doc);
    const [third] = await new FooterSheets(8, 3,
      (from, size) => syntheticFooters(from + 1, size, 8)).pages(2, 1);
    expect(third?.doc).not.toBe(fourth?.doc);
  });

  it('names a sheet of the wrong length, and pages outside the PDF', async () => {
    const short = new FooterSheets(8, 5, (from) => syntheticFooters(from + 1, 2, 8));
    await expect(short.pages(0, 1)).rejects.toThrow(
      new FooterSheetError('the page footers from page 1 have 2 pages, expected 5'));
    await expect(short.pages(7, 2)).rejects.toThrow(
      new FooterSheetError('footers asked for pages 8–9 of a PDF of 8'));
  });
});
