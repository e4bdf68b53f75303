/**
 * Render stage, rehype plugin: marks each step's excerpt (a code block whose meta says
 * `wt-excerpt`) with a wrapper, so the stylesheet can hide excerpts where the whole Dockerfile is
 * pinned beside the steps, and show them on narrow screens and without JavaScript. An excerpt
 * of one run of lines (`wt-first=N` in the meta) is numbered from N, as in the whole file.
 */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from '../shared/visit.ts';

export function isExcerpt(code: Element): boolean {
  const meta = (code.data as { meta?: string } | undefined)?.meta ?? '';
  return /(?:^|\s)wt-excerpt(?:\s|$)/.test(meta);
}

export const rehypeWalkthroughExcerpts: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'element', (pre, index, parent) => {
      if (pre.tagName !== 'pre' || !parent || index === undefined) return undefined;
      const code = pre.children.find((c): c is Element => c.type === 'element' &&
        c.tagName === 'code');
      if (!code || !isExcerpt(code)) return undefined;
      const meta = (code.data as { meta?: string } | undefined)?.meta ?? '';
      const first = Number(/(?:^|\s)wt-first=(\d+)(?:\s|$)/.exec(meta)?.[1] ?? 0);
      const lines = toString(code).replace(/\n+$/, '').split('\n').length;
      // Numbered from the first line's number in the whole file (walkthrough.css).
      const numbering = first > 0
        ? { dataFirstLine: first, style: `--wt-first: ${first - 1}; --wt-line-digits: ` +
          `${String(first + lines - 1).length}` }
        : {};
      parent.children.splice(index, 1, {
        type: 'element', tagName: 'div', properties: { dataWtExcerpt: '', ...numbering },
        children: [pre],
      });
      return SKIP;
    });
  };
};
