/**
 * Site test: in `dist/silencing-findings/index.html` (run `npm run build` first), each Dockerfile
 * block says what its `# hadolint ignore=` and `# check=` comments silenced, naming the comment
 * and its line, and leaves those findings out of the count; and where two rule sets report one
 * problem (a repeated CMD, a shell-form CMD), each finding keeps its line and names the other.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '../../dist');
const read = (url: string): Root => fromHtml(readFileSync(join(dist, url, 'index.html'), 'utf8'));
const text = (node: Element | Root | undefined): string =>
  node ? toString(node).replace(/\s+/g, ' ').trim() : '';

let page: Root;
beforeAll(() => {
  if (!existsSync(join(dist, 'silencing-findings/index.html'))) {
    throw new Error('dist/ is missing: run `npm run build`');
  }
  page = read('silencing-findings');
});

const panel = (n: number): Element => {
  const found = select(`details#dockerfile-${n}`, page);
  if (!found) throw new Error(`no findings panel dockerfile-${n}`);
  return found;
};

describe('suppressed findings on the site', () => {
  it('lists what `# hadolint ignore=` silenced, with the comment and its line', () => {
    const items = selectAll('ul.findings-suppressed li', panel(1)).map(text);
    expect(items).toEqual([expect.stringMatching(new RegExp('^DL3008 on line 4, by ' +
      '# hadolint ignore=DL3008 # curl follows the point release \\(line 2\\): '))]);
    expect(text(select('summary', panel(1)))).toContain('(1 suppressed)');
    expect(selectAll('ol.findings-list li', panel(1)).map(text).join('\n')).not.toContain('DL3008');
    const link = select('ul.findings-suppressed a', panel(1));
    expect(link?.properties['href']).toBe('/rules/dl3008/');
  });

  it('lists what the `# check=` directive silenced, and reports the rest as errors', () => {
    const items = selectAll('ul.findings-suppressed li', panel(2)).map(text);
    expect(items).toEqual([expect.stringMatching(new RegExp('^JSONArgsRecommended on line 4, ' +
      'by # check=skip=JSONArgsRecommended;error=true \\(line 1\\)'))]);
    const fromAs = selectAll('ol.findings-list li', panel(2))
      .find((li) => text(li).includes('FromAsCasing'));
    expect(fromAs?.properties['dataSeverity']).toBe('error');
    // hadolint's DL3025 is not a BuildKit check: skip=all or skip=JSONArgsRecommended leave it.
    expect(selectAll('ol.findings-list li', panel(2)).map(text).join('\n')).toContain('DL3025');
  });

  it('shows each rule set\'s finding of one problem at its own line, naming the other', () => {
    let pairs = 0;
    for (const list of selectAll('ol.findings-list', panel(3))) {
      const items = selectAll('li', list);
      for (const li of items.filter((item) => select('.finding-related', item))) {
        const own = text(select('.finding-rule', li));
        const related = text(select('.finding-related', li));
        const match = /^Same problem as (\w+) \(line (\d+)\)/.exec(related);
        expect(match, related).not.toBeNull();
        // The other finding is in the same list, at the line named, and names this one back.
        const other = items.find((item) => text(select('.finding-rule', item)) === match?.[1] &&
          String(item.properties['dataLine']) === match?.[2]);
        expect(text(select('.finding-related', other))).toContain(own);
        pairs++;
      }
    }
    // DL4003 (line 5) and MultipleInstructionsDisallowed (line 4); DL3025 and
    // JSONArgsRecommended (both line 5).
    expect(pairs).toBe(4);
  });
});
