import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { labelCells } from '../../../src/compare/label-cells.ts';

describe('labelCells', () => {
  it('gives each body cell its column header, past spans, keeping labels already set', () => {
    const tree = fromHtml('<table><thead><tr><th>Aspect</th><th>Alpine</th><th>Slim</th></tr>'
      + '</thead><tbody><tr><td>Shell</td><td>Yes (busybox)</td><td data-label="x">bash</td></tr>'
      + '<tr><td colspan="2">both</td><td>apt</td></tr></tbody></table>', { fragment: true });
    labelCells(select('table', tree) as Element);
    expect(selectAll('td', tree).map((td) => td.properties['dataLabel']))
      .toEqual(['Aspect', 'Alpine', 'x', 'Aspect', 'Slim']);
  });
});
