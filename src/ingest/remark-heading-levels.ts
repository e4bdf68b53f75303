/**
 * Ingest stage, remark plugin: the page title is the only level-1 heading, and screen-reader
 * users navigate by heading level, so levels in the body start at 2 and never skip one (a `###`
 * straight after the title becomes `##`). Each change is reported as information.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

type Depth = 1 | 2 | 3 | 4 | 5 | 6;

export const remarkHeadingLevels: Plugin<[], Root> = function () {
  return (tree, file) => {
    let previous = 1;
    visit(tree, 'heading', (heading) => {
      const level = Math.min(Math.max(heading.depth, 2), previous + 1) as Depth;
      if (level !== heading.depth) {
        file.info(
          `heading "${toString(heading).trim()}" is level ${heading.depth} after level ` +
            `${previous}; shown as level ${level} so heading levels do not skip`,
          { place: heading.position, ruleId: 'heading-level', source: 'shipshape' },
        );
        heading.depth = level;
      }
      previous = level;
    });
  };
};
