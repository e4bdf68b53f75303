/**
 * Outputs stage, PDF: the "page n of N" footers of a guide printed in parts, for the merge
 * (`merge-parts.ts`) as it reaches each document: sheets of a fixed number of footer pages
 * (`footers.css`), each rendered once, when its first page is asked for, and dropped once the
 * merge has passed it. A document's pages may take their footers from two sheets.
 */
import type { PDFDocument, PDFPage } from 'pdf-lib';

/** Renders the sheet of footers of pages `from` … `from + size - 1` (0-based). */
export type RenderSheet = (from: number, size: number) => Promise<PDFDocument>;

export class FooterSheetError extends Error {
  override name = 'FooterSheetError';
}

export class FooterSheets {
  private readonly total: number;
  private readonly size: number;
  private readonly render: RenderSheet;
  private readonly sheets = new Map<number, PDFDocument>();

  /** `total` pages in the PDF, `size` footers per sheet. */
  constructor(total: number, size: number, render: RenderSheet) {
    this.total = total;
    this.size = size;
    this.render = render;
  }

  /** Sheets held now (the merge keeps at most two). */
  get held(): number {
    return this.sheets.size;
  }

  /** The footer pages of pages `first` … `first + count - 1` (0-based), in order. */
  async pages(first: number, count: number): Promise<PDFPage[]> {
    if (first < 0 || first + count > this.total) {
      throw new FooterSheetError(`footers asked for pages ${first + 1}–${first + count} of a ` +
        `PDF of ${this.total}`);
    }
    for (const index of this.sheets.keys()) {
      if ((index + 1) * this.size <= first) this.sheets.delete(index);
    }
    const pages: PDFPage[] = [];
    for (let page = first; page < first + count; page++) {
      const index = Math.floor(page / this.size);
      pages.push((await this.sheet(index)).getPage(page - index * this.size));
    }
    return pages;
  }

  private async sheet(index: number): Promise<PDFDocument> {
    const held = this.sheets.get(index);
    if (held) return held;
    const from = index * this.size;
    const size = Math.min(this.size, this.total - from);
    const sheet = await this.render(from, size);
    if (sheet.getPageCount() !== size) {
      throw new FooterSheetError(`the page footers from page ${from + 1} have ` +
        `${sheet.getPageCount()} pages, expected ${size}`);
    }
    this.sheets.set(index, sheet);
    return sheet;
  }
}
