/**
 * Outputs stage, PDF: cuts one page that is larger than a part's budget (`split-parts.ts`) into
 * pieces that each fit, so that Chromium lays out a bounded document however large the page:
 * the pages that list every write-up (the cohort overview, the practices matrix, the claims
 * table, the ingest report) grow with the number of write-ups, and printed whole the cohort
 * overview alone took Chromium to 1.6 GB at N = 200. Cuts fall between the content's blocks;
 * a block too large by itself is cut between its children, a table between its body rows (each
 * piece repeats the header row, the caption stays with the first), an ordered list keeps its
 * numbering (`start`); a heading that would end a piece opens the next one. Every piece is a
 * copy of the page's content element holding a run of blocks; an id stays on its first copy
 * only. Pure: the input is left as it was.
 */
import type { Element, ElementContent } from 'hast';

/** Elements in a tree, counted without recursion (a page may be very deep). */
export function countElements(root: Element): number {
  let count = 0;
  const stack: Element[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    count++;
    for (const child of node.children) if (child.type === 'element') stack.push(child);
  }
  return count;
}

const size = (node: ElementContent): number => node.type === 'element' ? countElements(node) : 0;

/** `element` with other children; an `id` only on the first copy (`keepId`). */
function copyWith(element: Element, children: ElementContent[], keepId: boolean): Element {
  const properties = { ...element.properties };
  if (!keepId) delete properties['id'];
  return { ...element, properties, children };
}

/** Consecutive runs of `items` whose sizes add up to at most `max` (each run holds one or more). */
function runs<T>(items: readonly T[], sizeOf: (item: T) => number, max: number): T[][] {
  const out: T[][] = [];
  let run: T[] = [];
  let total = 0;
  for (const item of items) {
    const itemSize = sizeOf(item);
    if (run.length > 0 && total + itemSize > max) {
      out.push(run);
      run = [];
      total = 0;
    }
    run.push(item);
    total += itemSize;
  }
  if (run.length > 0) out.push(run);
  return out;
}

/** A table cut between its body rows; every copy has the header rows, the first the caption. */
function splitTable(table: Element, max: number): Element[] {
  const heads = table.children.filter((c) => c.type === 'element' && c.tagName !== 'tbody' &&
    c.tagName !== 'caption' && c.tagName !== 'tfoot');
  const caption = table.children.filter((c) => c.type === 'element' && c.tagName === 'caption');
  const foot = table.children.filter((c) => c.type === 'element' && c.tagName === 'tfoot');
  const rows = table.children.flatMap((c) => c.type !== 'element' ? []
    : c.tagName === 'tbody' ? c.children.filter((r) => r.type === 'element')
      : c.tagName === 'tr' ? [c] : []);
  const overhead = [...heads, ...caption, ...foot].reduce((sum, c) => sum + size(c), 3);
  const chunks = runs(rows, size, Math.max(max - overhead, 1));
  if (chunks.length <= 1) return [table];
  return chunks.map((chunk, at) => copyWith(table, [
    ...(at === 0 ? caption : []),
    ...heads,
    { type: 'element', tagName: 'tbody', properties: {}, children: chunk },
    ...(at === chunks.length - 1 ? foot : []),
  ], at === 0));
}

const isHeading = (node: ElementContent): boolean => node.type === 'element' &&
  (/^h[1-6]$/.test(node.tagName) ||
    (Array.isArray(node.properties['className']) &&
      node.properties['className'].includes('sl-heading-wrapper')));

/**
 * A heading that ends a run, with the little that introduces what follows it (at most a tenth
 * of `max`), moves to the next run: a section starts on the sheet its table or list starts on,
 * not alone at the end of the piece before.
 */
function keepHeadingsWithNext(chunks: ElementContent[][], max: number): ElementContent[][] {
  for (let at = 0; at < chunks.length - 1; at++) {
    const chunk = chunks[at] ?? [];
    const heading = chunk.findLastIndex(isHeading);
    const tail = chunk.slice(heading).reduce((sum, node) => sum + size(node), 0);
    if (heading <= 0 || tail > max / 10) continue;
    chunks[at + 1] = [...chunk.splice(heading), ...(chunks[at + 1] ?? [])];
  }
  return chunks;
}

/** `block` as one or more copies, each of at most about `max` elements where it can be cut. */
function splitBlock(block: Element, max: number): Element[] {
  if (countElements(block) <= max) return [block];
  if (block.tagName === 'table') return splitTable(block, max);
  const pieces = block.children.flatMap((child): ElementContent[] =>
    child.type === 'element' ? splitBlock(child, max - 1) : [child]);
  const chunks = keepHeadingsWithNext(runs(pieces, size, Math.max(max - 1, 1)), max);
  if (chunks.length <= 1) return [copyWith(block, pieces, true)];
  let start = Number(block.properties['start'] ?? 1);
  return chunks.map((chunk, at) => {
    const copy = copyWith(block, chunk, at === 0);
    if (block.tagName === 'ol') {
      if (at > 0) copy.properties['start'] = start;
      start += chunk.filter((c) => c.type === 'element' && c.tagName === 'li').length;
    }
    return copy;
  });
}

/**
 * A page's content (`.sl-markdown-content`) as one or more copies of it, each holding a run of
 * its blocks and at most about `max` elements (a single element that cannot be cut may exceed
 * it); a page within the budget is returned as it is.
 */
export function splitPage(content: Element, max: number): Element[] {
  return splitBlock(content, max);
}
