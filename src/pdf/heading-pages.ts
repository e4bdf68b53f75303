/**
 * Outputs stage, PDF: the page each heading prints on, read from the PDF's outline. Chromium
 * writes the named destination of an element at its box's place in the flow, and for a heading
 * that a break moved to the next sheet at the start of an enclosing box (a lesson's
 * `section.lesson-source`, the heading's wrapper) that began on the sheet before: that page is
 * one too low (Chromium 156: non-root-users.pdf had "Switching to Non-root Before Runtime" at
 * page 3, printed on page 4). The outline, which Chromium builds from the headings where they
 * print, has one entry per printed heading in document order and the right page; so a heading's
 * page, and the destination its links go to (`merge-parts.ts`), is taken from its outline entry,
 * matched by position.
 *
 * The same paint on the sheet before also spoils the heading's bookmark: Chromium marks the
 * heading there too (an empty text object, every glyph outside the sheet) and Skia appends the
 * text of each run painted for a heading to its bookmark, clipped or not ("👇  Switching to
 * Non-root Before RuntimeSwitching to Non-root Before Runtime" in non-root-users.pdf). So each
 * heading's text, as the document lays it out, goes with its id to the merge, which gives the
 * bookmark that title (`merge-parts.ts`).
 */
import { PDFArray, PDFDict, PDFName, PDFRef, type PDFDocument } from 'pdf-lib';

/** A heading Chromium puts in the outline: its id (`''` for none) and its text as shown. */
export interface PrintedHeading {
  id: string;
  text: string;
}

/**
 * Runs in the print document: every heading Chromium puts in the outline (shown, with text),
 * in document order.
 */
export function printedHeadings(): PrintedHeading[] {
  return [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')]
    .filter((heading) => heading.getClientRects().length > 0 &&
      (heading.textContent ?? '').trim() !== '')
    .map((heading) => ({ id: heading.id, text: heading.innerText.replace(/\s+/g, ' ').trim() }));
}

/** The destination of each outline entry, in document order (depth first). */
function outlineDestinations(document: PDFDocument): (PDFArray | undefined)[] {
  const destinations: (PDFArray | undefined)[] = [];
  const outlines = document.catalog.lookup(PDFName.of('Outlines'));
  const visit = (item: unknown): void => {
    // `Next` chains are iterated, not recursed: a long outline level stays off the stack.
    for (let node = item; node instanceof PDFDict;) {
      const destination = node.lookup(PDFName.of('Dest'));
      destinations.push(destination instanceof PDFArray ? destination : undefined);
      visit(node.lookup(PDFName.of('First')));
      node = node.lookup(PDFName.of('Next'));
    }
  };
  if (outlines instanceof PDFDict) visit(outlines.lookup(PDFName.of('First')));
  return destinations;
}

/** The 1-based page of each outline entry, in document order (depth first); 0 for none. */
export function outlinePages(document: PDFDocument): number[] {
  const pageOf = new Map(document.getPages().map((page, index) => [page.ref.toString(), index]));
  return outlineDestinations(document).map((destination) => {
    const ref = destination?.get(0);
    const index = ref instanceof PDFRef ? pageOf.get(ref.toString()) : undefined;
    return index === undefined ? 0 : index + 1;
  });
}

/**
 * Heading id → the destination of its outline entry, for the links to it; none when the
 * outline does not match the printed headings one for one.
 */
export function headingDestinations(document: PDFDocument, headingIds: readonly string[]):
  Map<string, PDFArray> {
  const destinations = outlineDestinations(document);
  const out = new Map<string, PDFArray>();
  if (destinations.length !== headingIds.length) return out;
  headingIds.forEach((id, at) => {
    const destination = destinations[at];
    if (id !== '' && destination) out.set(id, destination);
  });
  return out;
}

/**
 * `destinations` with each heading's page taken from the outline. Only when the outline has
 * exactly one entry per printed heading: otherwise the two cannot be matched, and the named
 * destinations are kept as they are.
 */
export function headingPages(
  destinations: ReadonlyMap<string, number>,
  headingIds: readonly string[],
  outline: readonly number[],
): Map<string, number> {
  const pages = new Map(destinations);
  if (outline.length !== headingIds.length) return pages;
  headingIds.forEach((id, at) => {
    const page = outline[at] ?? 0;
    if (id !== '' && page > 0 && pages.has(id)) pages.set(id, page);
  });
  return pages;
}
