import { describe, expect, it } from 'vitest';
import { layoutMeta, pageLayout } from '../../../src/site/page-layout.ts';

describe('pageLayout', () => {
  it('names a page with a walkthrough, then one with a wide table, else none', () => {
    expect(pageLayout('<p>x</p><section class="walkthrough" data-walkthrough="inferred">'))
      .toBe('walkthrough');
    expect(pageLayout('<div class="claims wide-table"><table></table></div>')).toBe('wide-table');
    expect(pageLayout('<p>a wide-table in prose is text</p>')).toBeUndefined();
    expect(pageLayout(undefined)).toBeUndefined();
  });

  it('is written as a meta element Starlight puts in the head', () => {
    expect(layoutMeta('walkthrough')).toEqual({
      tag: 'meta', attrs: { name: 'shipshape-layout', content: 'walkthrough' },
    });
  });
});
