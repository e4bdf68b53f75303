/**
 * Render stage, browser script: a diagram wider than its column (a phone) opens scrolled to
 * where it starts — its first box centred, as far as the figure allows — rather than at its
 * left edge, where the first box of a top-down flowchart was cut off. The start is measured
 * at build time (mermaid/diagram-start.ts, `data-start`). Without script the figure opens at
 * its left edge and still scrolls.
 */
function openAtStart(figure: HTMLElement): void {
  const start = Number(figure.dataset['start']);
  const room = figure.scrollWidth - figure.clientWidth;
  if (!(room > 0) || Number.isNaN(start)) return;
  const centre = start * figure.scrollWidth - figure.clientWidth / 2;
  figure.scrollLeft = Math.min(room, Math.max(0, Math.round(centre)));
}

for (const figure of document.querySelectorAll<HTMLElement>('figure.mermaid-diagram')) {
  openAtStart(figure);
}

// A module, so its names stay its own.
export {};
