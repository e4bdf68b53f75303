/**
 * Outputs stage, PDF: runs in the print page (Playwright serialises the function, so it uses
 * nothing from outside it). A table wider than the text column gets smaller type, step by step
 * down to 60 %, then may break words anywhere; wide tables are fitted, never cut at the margin.
 * Returns how many tables were changed.
 */
export function fitTables(): number {
  let changed = 0;
  for (const table of Array.from(document.querySelectorAll<HTMLElement>('.pdf-page table'))) {
    const column = table.closest<HTMLElement>('.sl-markdown-content') ?? table.parentElement;
    if (!column) continue;
    const limit = column.clientWidth + 0.5;
    if (table.scrollWidth <= limit) continue;
    changed++;
    const base = Number.parseFloat(getComputedStyle(table).fontSize);
    let scale = 1;
    while (table.scrollWidth > limit && scale > 0.6) {
      scale -= 0.05;
      table.style.fontSize = `${(base * scale).toFixed(2)}px`;
    }
    if (table.scrollWidth > limit) table.classList.add('pdf-table-squeezed');
  }
  return changed;
}
