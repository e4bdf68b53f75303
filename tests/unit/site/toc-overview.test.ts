/** One "Overview" in a table of contents (src/site/toc-overview.ts). */
import { describe, expect, it } from 'vitest';
import { withoutRepeatedOverview } from '../../../src/site/toc-overview.ts';

const top = { slug: '_top', text: 'Overview' };

describe('withoutRepeatedOverview', () => {
  it('drops Starlight\'s top entry when the author\'s first heading is also Overview', () => {
    expect(withoutRepeatedOverview([top, { slug: 'overview', text: ' overview ' },
      { slug: 'x', text: 'X' }])).toEqual([{ slug: 'overview', text: ' overview ' },
      { slug: 'x', text: 'X' }]);
  });

  it('keeps it otherwise', () => {
    const items = [top, { slug: 'setup', text: 'Setup' }, { slug: 'overview', text: 'Overview' }];
    expect(withoutRepeatedOverview(items)).toEqual(items);
    expect(withoutRepeatedOverview([top])).toEqual([top]);
    expect(withoutRepeatedOverview([])).toEqual([]);
  });
});
