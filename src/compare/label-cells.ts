/**
 * Render stage, comparisons: on a phone a comparison table is stacked (one cell a line) and its
 * header row is hidden, so each body cell says which column it is in: its column's header text
 * as `data-label`, which the stacked style prints before the value ("Shell: /bin/sh").
 */
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** Gives every body cell of `table` that has none the header text of its column. */
export function labelCells(table: Element): void {
  const headers = selectAll('thead tr:first-child > th, thead tr:first-child > td', table)
    .map((cell) => toString(cell).replace(/\s+/g, ' ').trim());
  for (const row of selectAll('tbody tr', table)) {
    let column = 0;
    for (const cell of row.children) {
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      const label = headers[column];
      if (label && cell.properties['dataLabel'] === undefined) cell.properties['dataLabel'] = label;
      const span = Number(cell.properties['colSpan'] ?? 1);
      column += Number.isFinite(span) && span > 0 ? span : 1;
    }
  }
}
