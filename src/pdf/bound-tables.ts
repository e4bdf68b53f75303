/**
 * Outputs stage, PDF: a table that grows faster than the guide prints its first rows only. The
 * cohort overview's "same text" table lists pairs of write-ups: on a course of copies it grows
 * with the square of their number (3,234 pairs at 200 write-ups, about 250 sheets; tens of
 * thousands of sheets at 1,000). Its rows come most alike first, so paper gets the top
 * `PRINTED_ROWS` and a sentence saying how many more there are and where the site lists them.
 * Every other table prints whole (`split-page.ts` cuts a long one between rows).
 * Pure: a new tree is returned, sharing the untouched nodes; the input is left as it was.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';

/** Classes of the tables that grow faster than the number of pages (`src/cohort/`). */
const GROWING = ['cohort-duplicates'];
export const PRINTED_ROWS = 50;

export interface BoundContext {
  /** Public address of the page (origin, base and path) when the site has one, else none. */
  pageAddress?: string | undefined;
}

const hasClass = (node: Element, name: string): boolean => {
  const value = node.properties['className'];
  return Array.isArray(value) && value.map(String).includes(name);
};

const count = (n: number): string => n.toLocaleString('en');

/** The table with its body cut to `rows` rows, and how many it had. */
function cutBody(table: Element, rows: number): { table: Element; total: number } {
  let total = 0;
  const children = table.children.map((child): ElementContent => {
    if (child.type !== 'element' || child.tagName !== 'tbody') return child;
    const all = child.children.filter((row) => row.type === 'element' && row.tagName === 'tr');
    total += all.length;
    return { ...child, children: all.slice(0, rows) };
  });
  return { table: { ...table, children }, total };
}

function note(total: number, section: { text: string; id: string } | undefined,
  context: BoundContext): Element {
  const where = section ? `on this page of the site, under “${section.text}”` : 'on the site';
  // As text: a link to this page's own address would become a link within the PDF.
  const address = context.pageAddress === undefined ? ''
    : `: ${context.pageAddress}${section?.id ? `#${encodeURIComponent(section.id)}` : ''}`;
  return h('p.pdf-rows-left', `Printed here: the first ${count(PRINTED_ROWS)} of ` +
    `${count(total)} rows. The other ${count(total - PRINTED_ROWS)} are listed ${where}` +
    `${address}.`);
}

/**
 * `content` with each growing table cut to its first `PRINTED_ROWS` body rows and a note after
 * it (after its scrolling wrapper) saying how many rows are left out and where the site lists
 * them. Works on a page's content as built, before `rewrite-page.ts`.
 */
export function boundTables(content: Element, context: BoundContext): Element {
  let section: { text: string; id: string } | undefined;
  /** The node, cut where needed, and a note still to place after it. */
  const visit = (node: Element): { node: Element; after?: Element } => {
    if (/^h[2-6]$/.test(node.tagName)) {
      section = { text: toString(node).replace(/\s+/g, ' ').trim(),
        id: String(node.properties['id'] ?? '') };
      return { node };
    }
    if (node.tagName === 'table' && GROWING.some((name) => hasClass(node, name))) {
      const cut = cutBody(node, PRINTED_ROWS);
      return cut.total <= PRINTED_ROWS ? { node }
        : { node: cut.table, after: note(cut.total, section, context) };
    }
    if (node.tagName === 'svg') return { node };
    let changed = false;
    let pending: Element | undefined;
    const children: ElementContent[] = [];
    for (const child of node.children) {
      if (child.type !== 'element') {
        children.push(child);
        continue;
      }
      const done = visit(child);
      children.push(done.node);
      if (done.node !== child) changed = true;
      if (!done.after) continue;
      // A table's scrolling wrapper hands the note on, to go after the wrapper.
      if (hasClass(node, 'compare-table-scroll')) pending = done.after;
      else children.push(done.after);
    }
    const result = changed || children.length !== node.children.length
      ? { ...node, children } : node;
    return pending ? { node: result, after: pending } : { node: result };
  };
  const done = visit(content);
  return done.after ? { ...done.node, children: [...done.node.children, done.after] } : done.node;
}
