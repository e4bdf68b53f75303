import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { printedWalkthroughIds } from '../../../src/pdf/walkthrough-ids.ts';

const page = () => fromHtml(`<main>
  <section class="walkthrough">
    <div class="wt-code"><div class="expressive-code">code</div>
      <details class="dockerfile-findings" id="dockerfile-2">findings</details></div>
    <ol class="wt-steps"><li class="wt-step" id="step-a">
      <div class="expressive-code" id="excerpt-a">lines</div></li></ol>
    <div class="wt-print"><pre class="wt-print-listing">FROM x</pre></div>
  </section>
  <details class="dockerfile-findings" id="dockerfile-1">outside</details>
</main>`, { fragment: true });

describe('printedWalkthroughIds', () => {
  it('moves the ids of the pinned code to the printed listing', () => {
    const tree = select('main', page())!;
    printedWalkthroughIds(tree);
    const marker = select('#dockerfile-2', tree);
    expect(marker?.tagName).toBe('span');
    expect(select('.wt-print > span#dockerfile-2', tree)).toBeDefined();
    expect(selectAll('.wt-code [id]', tree)).toHaveLength(0);
  });

  it("moves an excerpt's id to the start of its step, and leaves other ids alone", () => {
    const tree = select('main', page())!;
    printedWalkthroughIds(tree);
    expect(select('#step-a > span#excerpt-a', tree)).toBeDefined();
    expect(select('#step-a', tree)?.tagName).toBe('li');
    expect(select('#dockerfile-1', tree)?.tagName).toBe('details');
  });
});
