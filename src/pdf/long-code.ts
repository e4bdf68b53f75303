/**
 * Outputs stage, PDF: marks code frames long enough to be split across sheets. Starlight's
 * print styles keep every code frame whole; a frame longer than what is left of a sheet then
 * moved to the next one and left blank space, or its title bar alone (`app.py`, a terminal's
 * dots), behind. A frame of more than `LONG_CODE_LINES` lines gets `pdf-long-code`, which
 * print.css lets break between lines; shorter ones stay whole. Changes the tree it is given.
 */
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';

export const LONG_CODE_LINES = 8;

export function markLongCode(root: Element): Element {
  for (const frame of selectAll('.expressive-code', root)) {
    if (selectAll('.ec-line', frame).length <= LONG_CODE_LINES) continue;
    const classes = frame.properties['className'];
    frame.properties['className'] = [...(Array.isArray(classes) ? classes.map(String) : []),
      'pdf-long-code'];
  }
  return root;
}
