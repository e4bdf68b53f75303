/**
 * Outputs stage, PDF: what composing needs to know of one page before any part is printed — its
 * ids (for links from other pages), the `href` of its links (for the ids other pages must
 * expose) and its size in elements — in one walk, linear in the page. `selectAll('[id]')` and
 * `selectAll('a[href]')` gave the same lists, but hast-util-select checks each match against
 * every earlier one (`results.includes`): on the cohort overview of 1,000 write-ups, 170,000
 * links and 50 MB of HTML, that was 63 s of the PDF's 98 s of composing (docs/benchmarks.md,
 * pdf1000). Pure.
 */
import type { Element } from 'hast';

export interface PageSurvey {
  /** `id` of every element that has one, in document order. */
  ids: string[];
  /** `href` of every `<a>` that has one, in document order. */
  hrefs: string[];
  /** Elements, the root included (`countElements`). */
  elements: number;
}

export function surveyPage(root: Element): PageSurvey {
  const ids: string[] = [];
  const hrefs: string[] = [];
  let elements = 0;
  // Without recursion (a page may be very deep); children pushed last first, so that nodes
  // come off the stack in document order.
  const stack: Element[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    elements++;
    const { id, href } = node.properties;
    if (id !== undefined && id !== null) ids.push(String(id));
    if (node.tagName === 'a' && href !== undefined && href !== null) hrefs.push(String(href));
    for (let at = node.children.length - 1; at >= 0; at--) {
      const child = node.children[at];
      if (child?.type === 'element') stack.push(child);
    }
  }
  return { ids, hrefs, elements };
}
