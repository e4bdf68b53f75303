/**
 * Ingest stage, rehype plugin: a raw HTML table of tens of thousands of rows makes a page no
 * browser loads in time, and the PDF step then fails (Markdown tables are cut in the source,
 * limit-tables.ts, before their slow parse). A table is cut at
 * `MAX_TABLE_ROWS` rows or `MAX_TABLE_CELLS` cells, whichever comes first; a note under it says
 * where it was cut and where the rest is, and the author gets a warning with the table's line.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from '../shared/visit.ts';
import { MAX_TABLE_CELLS, MAX_TABLE_ROWS } from '../shared/limits.ts';
import { truncatedNote } from './limit-tables.ts';

const SECTIONS = new Set(['thead', 'tbody', 'tfoot']);

const isElement = (node: ElementContent): node is Element => node.type === 'element';

function cellsOf(row: Element): number {
  return row.children.filter((c) => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'))
    .length;
}

/** Cuts `table`'s rows in place; returns how many rows there were and were kept. */
function cut(table: Element): { rows: number; kept: number } {
  let rows = 0;
  let kept = 0;
  let cells = 0;
  const keep = (row: Element): boolean => {
    rows++;
    cells += cellsOf(row);
    const ok = rows <= MAX_TABLE_ROWS && cells <= MAX_TABLE_CELLS;
    if (ok) kept++;
    return ok;
  };
  const trim = (parent: Element): void => {
    parent.children = parent.children.filter((child) => {
      if (!isElement(child)) return true;
      if (child.tagName === 'tr') return keep(child);
      if (SECTIONS.has(child.tagName)) trim(child);
      return true;
    });
  };
  trim(table);
  return { rows, kept };
}

export const rehypeLimitTables: Plugin<[], Root> = function () {
  return (tree, file) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
      const { rows, kept } = cut(node);
      if (kept === rows) return SKIP;
      const line = node.position?.start.line ?? 1;
      file.message(`table of ${rows} rows cut at ${kept} rows (the limit is ${MAX_TABLE_ROWS} ` +
        `rows or ${MAX_TABLE_CELLS} cells); split it or link to the data instead`,
      { place: node.position, ruleId: 'table-limit', source: 'shipshape' });
      const note: Element = { type: 'element', tagName: 'p',
        properties: { className: ['shipshape-truncated'], role: 'note' },
        children: [{ type: 'text', value: truncatedNote(kept, rows, line) }] };
      parent.children.splice(index + 1, 0, note);
      return [SKIP, index + 2];
    });
  };
};
