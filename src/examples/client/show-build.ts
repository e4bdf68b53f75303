/**
 * Examples, browser: draws a simulated build into its three places — the log (one `<span>` per
 * line, classed by kind as build-log.ts classifies it), the layer sizes (one `<li>` each) and the
 * one-line summary for screen readers. Shared by "Run it here" and the playground's build panel.
 * Elements and `textContent` only: the log holds the author's Dockerfile text.
 */
import type { SimulationResult } from '../build-simulation.ts';
import { buildSummary, logLines, sizeLines } from './build-log.ts';

export interface BuildView {
  log: Element;
  sizes: Element;
  status: Element;
}

/** Shows `result` of running `command` (the `$ docker build …` line printed above the log). */
export function showBuild(view: BuildView, command: string, result: SimulationResult): void {
  view.log.replaceChildren(...logLines(`$ ${command}\n${result.log}`).map(({ text, kind }) => {
    const line = document.createElement('span');
    line.className = `run-here-${kind}`;
    line.textContent = `${text}\n`;
    return line;
  }));
  view.sizes.replaceChildren(...sizeLines(result).map((text) => {
    const item = document.createElement('li');
    item.textContent = text;
    return item;
  }));
  view.status.textContent = buildSummary(result);
}
