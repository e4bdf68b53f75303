/**
 * Browser test helper: what a reader cannot reach in the tables of a page — a column cut off
 * with nothing to scroll to it, a scroll box out of the window or too tall to show its
 * scrollbar with the table's top, a stacked (card) cell without its column's name. Used by
 * wide-tables.spec.ts and cohort.spec.ts.
 */
import type { Page } from '@playwright/test';

/** What a reader cannot reach in each visible table of the page, as sentences. */
export async function unreachable(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const height = window.innerHeight;
    if (document.documentElement.scrollWidth > width) {
      problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px ` +
        `in a ${width} px window)`);
    }
    const scroller = (from: Element): Element | undefined => {
      for (let box: Element | null = from; box && box !== document.body; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (/auto|scroll/.test(style.overflowX) && box.scrollWidth > box.clientWidth + 1) {
          return box;
        }
      }
      return undefined;
    };
    document.querySelectorAll<HTMLTableElement>('main table').forEach((table, n) => {
      const rect = table.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return;
      const name = `table ${n + 1} (${table.caption?.textContent?.trim().slice(0, 40) ??
        table.querySelector('th')?.textContent?.trim() ?? ''})`;
      const rows = [...table.querySelectorAll('tr')];
      const stacked = rows.some((row) => getComputedStyle(row).display !== 'table-row');
      if (stacked) {
        // A card: every value names its column, and nothing sticks out of the window.
        for (const cell of table.querySelectorAll('tbody td')) {
          const box = cell.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue;
          const label = getComputedStyle(cell, '::before').content;
          if (!/^".+: "$/.test(label)) {
            problems.push(`${name}: a stacked cell has no label: "${cell.textContent?.trim()}"`);
          }
          if (box.right > width + 1 || box.left < -1) {
            problems.push(`${name}: a stacked cell sticks out of the window`);
          }
        }
        return;
      }
      const header = table.querySelector('thead tr') ?? rows[0];
      const box = scroller(table);
      const boxRect = box?.getBoundingClientRect();
      const seen = Math.min(width, boxRect?.right ?? width);
      for (const cell of header?.children ?? []) {
        const column = cell.getBoundingClientRect();
        const title = cell.textContent?.trim() ?? '';
        if (column.right <= seen + 1) continue;
        if (!box || !boxRect) {
          problems.push(`${name}: column "${title}" is cut off (ends at ${Math.round(
            column.right)} px of ${width}) and nothing scrolls to it`);
          continue;
        }
        if (boxRect.left < -1 || boxRect.right > width + 1) {
          problems.push(`${name}: the box that scrolls to "${title}" is itself out of the window`);
        }
        if (column.right - boxRect.right > box.scrollWidth - box.clientWidth - box.scrollLeft + 1) {
          problems.push(`${name}: column "${title}" is beyond the reach of its scroll box`);
        }
        if (boxRect.height > height) {
          problems.push(`${name}: column "${title}" scrolls into view only with a scrollbar ` +
            `${Math.round(boxRect.height)} px below the table's top (window ${height} px)`);
        }
      }
    });
    return problems;
  });
}
