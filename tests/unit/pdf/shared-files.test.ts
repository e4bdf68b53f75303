/**
 * PDF, shared files: a file panel whose path and text an earlier page printed becomes a line
 * that names the first copy's page and links to it; files that differ, or the first copy, stay.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { referSharedFiles } from '../../../src/pdf/shared-files.ts';

const panel = (path: string, text: string): string =>
  `<div class="file-tab" data-label="${path}"><pre><code>${text}</code></pre></div>`;
const content = (html: string): Element =>
  select('div', fromHtml(`<div class="sl-markdown-content">${html}</div>`,
    { fragment: true })) as Element;

describe('referSharedFiles', () => {
  const one = content(panel('app.py', 'print(1)') + panel('Dockerfile', 'FROM a'));
  const two = content(panel('app.py', 'print(1)') + panel('Dockerfile', 'FROM b'));
  const three = content(panel('app.py', 'print(2)') + panel('tests/test_app.py', 't'));
  const refs = referSharedFiles([
    { label: 'First', key: 'pg-one', content: one },
    { label: 'Second', key: 'pg-two', content: two },
    { label: 'Third', key: 'pg-three', content: three },
  ]);

  it('prints the first copy whole, with an id to link to', () => {
    const first = select('.file-tab[data-label="app.py"]', one);
    expect(first?.properties['id']).toBe('pg-one--file-app-py');
    expect(toString(first as Element)).toBe('print(1)');
  });

  it('refers to it from a later identical copy, with the page number to fill in', () => {
    const later = select('.file-tab[data-label="app.py"]', two) as Element;
    expect(toString(later)).toBe('app.py: the same as in First, page 0');
    expect(select('a', later)?.properties['href']).toBe('#pg-one--file-app-py');
    expect(select('[data-toc-target]', later)?.properties['dataTocTarget'])
      .toBe('pg-one--file-app-py');
    expect(refs.map((ref) => ref.target)).toEqual(['pg-one--file-app-py']);
  });

  it('prints files that differ (same path, other text; other paths)', () => {
    expect(toString(select('.file-tab[data-label="Dockerfile"]', two) as Element))
      .toBe('FROM b');
    expect(selectAll('.pdf-shared-file', three)).toEqual([]);
  });
});
