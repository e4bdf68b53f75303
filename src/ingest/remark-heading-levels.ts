/**
 * Ingest stage, remark plugin: the page title is the only level-1 heading, and screen-reader
 * users navigate by heading level, so levels in the body start at 2 and never skip one. A heading
 * is placed one level below the heading it belongs under (the nearest earlier heading of a
 * smaller source level), so a write-up whose sections all start at `###` has every section shown
 * as `##` and their `####` subsections as `###`: the whole run shifts, not only its first
 * heading. Each change is reported as information.
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from '../shared/visit.ts';

type Depth = 1 | 2 | 3 | 4 | 5 | 6;

/** A heading already placed: its level in the source and the level it is shown at. */
interface Placed {
  source: number;
  shown: number;
  index: number;
}

/**
 * The level each heading is shown at, in document order. A heading's parent is the nearest
 * earlier heading with a smaller source level (`parent` is its index); with none, the parent
 * is the page title.
 */
export function shiftedLevels(
  depths: readonly number[],
): { shown: Depth; parent: number | undefined }[] {
  const open: Placed[] = [];
  return depths.map((source, index) => {
    while (open.length > 0 && open[open.length - 1]!.source >= source) open.pop();
    const parent = open[open.length - 1];
    const shown = Math.min((parent?.shown ?? 1) + 1, 6) as Depth;
    open.push({ source, shown, index });
    return { shown, parent: parent?.index };
  });
}

export const remarkHeadingLevels: Plugin<[], Root> = function () {
  return (tree, file) => {
    const headings: Heading[] = [];
    visit(tree, 'heading', (heading) => {
      headings.push(heading);
    });
    const levels = shiftedLevels(headings.map((heading) => heading.depth));
    headings.forEach((heading, index) => {
      const { shown, parent } = levels[index]!;
      if (shown === heading.depth) return;
      const text = toString(heading).trim();
      const under =
        parent === undefined
          ? 'right under the page title'
          : `under "${toString(headings[parent]!).trim()}", ` +
            `shown as level ${levels[parent]!.shown}`;
      const reason =
        heading.depth === 1
          ? `heading "${text}" is level 1, the page title's level; shown as level ${shown}`
          : `heading "${text}" is level ${heading.depth} ${under}; shown as level ${shown} ` +
            'so heading levels do not skip';
      file.info(reason, { place: heading.position, ruleId: 'heading-level', source: 'shipshape' });
      heading.depth = shown;
    });
  };
};
