/**
 * Outputs stage, PDF: cuts a PDF's pages into the parts that are rendered one at a time
 * (`compose-document.ts`). A part closes when it holds `maxPages` guide pages or about
 * `maxElements` elements, so a part's print document, and the memory Chromium needs to lay it
 * out, stay bounded however many write-ups the guide has; a larger part means fewer renders and
 * fewer copies of the font subsets each part embeds. A page larger than the budget is first cut
 * into pieces that fit (`split-page.ts`).
 */
import type { PagePart } from './compose-document.ts';
import { countElements } from './split-page.ts';

export interface PartBudget {
  maxPages: number;
  maxElements: number;
}

/** Measured at N = 200 (docs/benchmarks.md): larger parts saved little time. */
export const PART_BUDGET: PartBudget = { maxPages: 24, maxElements: 12_000 };

/** Elements in a page's content. */
export function elementCount(part: PagePart): number {
  return countElements(part.page.content);
}

/**
 * How many pages each consecutive part takes, in order, from the pages' sizes (`elementCount`);
 * every part holds at least one page.
 */
export function splitParts(sizes: readonly number[], budget = PART_BUDGET): number[] {
  const parts: number[] = [];
  let pages = 0;
  let elements = 0;
  for (const size of sizes) {
    if (pages > 0 && (pages >= budget.maxPages || elements + size > budget.maxElements)) {
      parts.push(pages);
      pages = 0;
      elements = 0;
    }
    pages++;
    elements += size;
  }
  if (pages > 0) parts.push(pages);
  return parts;
}
