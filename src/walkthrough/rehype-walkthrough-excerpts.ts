/**
 * Render stage, rehype plugin: marks each step's excerpt (a code block whose meta says
 * `wt-excerpt`) with a wrapper, so the stylesheet can hide excerpts where the whole Dockerfile is
 * pinned beside the steps, and show them on narrow screens and without JavaScript.
 */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

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
      parent.children.splice(index, 1, {
        type: 'element', tagName: 'div', properties: { dataWtExcerpt: '' }, children: [pre],
      });
      return SKIP;
    });
  };
};
