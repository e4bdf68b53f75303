/**
 * Outputs stage, PDF: reads where each named destination of a PDF landed. Chromium writes a
 * named destination for every element a `#` link points at (in the catalog's `/Dests`, measured
 * on Chromium 156); the contents link to each of their entries, so this tells on which page each
 * entry was printed. A heading's page is taken from the outline instead (`heading-pages.ts`):
 * Chromium may write its destination on the sheet before.
 */
import {
  ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString,
} from 'pdf-lib';
import { headingPages, outlinePages } from './heading-pages.ts';

/**
 * How the PDF steps read a PDF with pdf-lib: its default parses in slices of 100 objects,
 * waiting for the next event-loop turn between them; nothing else runs meanwhile.
 */
export const READ_AT_ONCE = { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest };

export interface PdfPlaces {
  pageCount: number;
  /** Named destination → 1-based page number. */
  destinations: Map<string, number>;
}

/** `headingIds`: the ids of the printed headings in order (`printedHeadings`). */
export async function readPdfPlaces(pdf: Uint8Array, headingIds: readonly string[] = []):
  Promise<PdfPlaces> {
  const document = await PDFDocument.load(pdf, READ_AT_ONCE);
  const pageOf = new Map(document.getPages().map((page, index) => [page.ref.toString(), index]));
  const result = new Map<string, number>();
  const add = (name: string, destination: unknown): void => {
    const array =
      destination instanceof PDFDict
        ? destination.lookup(PDFName.of('D'))
        : destination instanceof PDFArray
          ? destination
          : undefined;
    const ref = array instanceof PDFArray ? array.get(0) : undefined;
    const index = ref instanceof PDFRef ? pageOf.get(ref.toString()) : undefined;
    if (index !== undefined) result.set(name, index + 1);
  };
  const { catalog } = document;
  const dests = catalog.lookup(PDFName.of('Dests'));
  if (dests instanceof PDFDict) {
    for (const [key, value] of dests.entries()) add(key.decodeText(), dests.context.lookup(value));
  }
  // PDF 1.2+ may keep them in a name tree instead; read both.
  const names = catalog.lookup(PDFName.of('Names'));
  const tree = names instanceof PDFDict ? names.lookup(PDFName.of('Dests')) : undefined;
  const visit = (node: unknown): void => {
    if (!(node instanceof PDFDict)) return;
    const leaves = node.lookup(PDFName.of('Names'));
    if (leaves instanceof PDFArray) {
      for (let i = 0; i + 1 < leaves.size(); i += 2) {
        const key = leaves.lookup(i);
        if (key instanceof PDFString || key instanceof PDFHexString) {
          add(key.decodeText(), leaves.lookup(i + 1));
        }
      }
    }
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) visit(kids.lookup(i));
  };
  visit(tree);
  return {
    pageCount: document.getPageCount(),
    destinations: headingIds.length === 0 ? result
      : headingPages(result, headingIds, outlinePages(document)),
  };
}
