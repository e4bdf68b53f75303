/**
 * Ingest stage, remark plugin: a code block's meta may mark lines (```` ```js {1-3} ````,
 * `mark={5}`, `ins={2-4}`); the code-block renderer expands every range into a list of numbers
 * before it looks at the code, so `{1-100000000}` would hang the build and exhaust its memory.
 * Here each range in braces is cut to the block's own lines first, with a warning.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from '../shared/visit.ts';

const BRACES = /\{([^{}]*)\}/g;
const RANGE = /(-?\d+)(\s*(?:-|\.\.\.?|\u2025|\u2026|\u22ef)\s*)(-?\d+)/g;

export const remarkCodeRanges: Plugin<[], Root> = function () {
  return (tree, file) => {
    visit(tree, 'code', (node) => {
      if (!node.meta || !/\d/.test(node.meta)) return;
      const lineCount = node.value.split('\n').length;
      const clamp = (n: number) => Math.min(Math.max(n, 1), lineCount);
      let cut: string | undefined;
      const meta = node.meta.replace(BRACES, (group, inner: string) => {
        const fixed = inner.replace(RANGE, (range, lhs: string, sep: string, rhs: string) => {
          const [a, b] = [Number(lhs), Number(rhs)];
          if (clamp(a) === a && clamp(b) === b) return range;
          cut ??= range.trim();
          return `${clamp(a)}${sep}${clamp(b)}`;
        });
        return fixed === inner ? group : `{${fixed}}`;
      });
      if (cut === undefined) return;
      node.meta = meta;
      file.message(`code block marks lines \`${cut}\`, but it has ${lineCount} lines; ` +
        `cut to lines 1–${lineCount} (change the range in the fence's first line)`,
      { place: node.position, ruleId: 'code-range', source: 'shipshape' });
    });
  };
};
