import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/walkthrough/build-node.ts';
import { rehypeWalkthroughExcerpts } from '../../../src/walkthrough/rehype-walkthrough-excerpts.ts';

const lines = ['FROM a', 'WORKDIR /x', 'COPY . .', 'RUN b', 'RUN c', 'RUN d', 'RUN e', 'RUN f',
  'RUN g', 'RUN h', 'ENV A=1 \\', '    B=2'];
const step = (numbers: number[]) => ({ id: 's', title: 'S', lines: numbers, content: [] });

/** The wrapper the rehype step puts around an excerpt rendered with `meta`. */
function wrapperFor(meta: string, value: string): Element {
  const code = h('code', { className: ['language-dockerfile'] }, value);
  code.data = { meta } as Element['data'];
  const tree: Root = { type: 'root', children: [h('pre', [code])] };
  unified().use(rehypeWalkthroughExcerpts).runSync(tree);
  return tree.children[0] as Element;
}

describe('a step’s own lines', () => {
  it('in one run, are numbered from the first line’s number in the whole file', () => {
    const code = excerpt(lines, step([11, 12]));
    expect(code.meta).toBe('wt-excerpt wt-first=11 title="Lines 11–12"');
    const wrapper = wrapperFor(code.meta ?? '', code.value);
    expect(wrapper.properties).toMatchObject({ dataWtExcerpt: '', dataFirstLine: 11,
      style: '--wt-first: 10; --wt-line-digits: 2' });
  });

  it('with gaps between them, are not numbered (the title says which they are)', () => {
    const code = excerpt(lines, step([1, 3]));
    expect(code.value).toBe('FROM a\n# …\nCOPY . .');
    expect(code.meta).toBe('wt-excerpt title="Lines 1, 3"');
    expect(wrapperFor(code.meta ?? '', code.value).properties).toEqual({ dataWtExcerpt: '' });
  });
});
