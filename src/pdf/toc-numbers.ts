/**
 * Outputs stage, PDF: the page numbers of the contents. Chromium has no `target-counter()`, so
 * each part of the body is rendered and the page of each entry's target is read back from the
 * part's named destinations, counted from where the part starts (`build-pdfs.ts`); the numbers
 * are then filled into the contents, which alone are rendered again. The numbers have a
 * reserved width (`print.css`), so filling them in moves nothing (checked: the page count
 * stays).
 */
import type { TocEntry } from './compose-document.ts';

export class TocNumberError extends Error {
  override name = 'TocNumberError';
}

/** Entry target → page number, from the PDF's destinations (target id → page). */
export function tocPageNumbers(
  toc: readonly TocEntry[],
  destinations: ReadonlyMap<string, number>,
): Map<string, number> {
  const numbers = new Map<string, number>();
  const missing: string[] = [];
  for (const entry of toc) {
    const page = destinations.get(entry.target);
    if (page === undefined) missing.push(`\`${entry.target}\` (${entry.label})`);
    else numbers.set(entry.target, page);
  }
  if (missing.length > 0) {
    throw new TocNumberError(
      `the PDF has no destination for ${missing.length} contents entries: ` +
        `${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}; expected one ` +
        'for every entry (Chromium writes one per `#` link target); is the id in the document?',
    );
  }
  return numbers;
}
