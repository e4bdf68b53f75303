/**
 * PDF, the sidebar of a long guide: write-ups cut into runs show one run per page, the others as
 * links to their first page; the PDF opens every run from the sidebar of that page.
 */
import { describe, expect, it } from 'vitest';
import { openRuns, type SidebarItem } from '../../../src/pdf/read-sidebar.ts';

const link = (label: string, href = `/writeups/${label}/`): SidebarItem =>
  ({ kind: 'link', label, href });
const run = (label: string, names: string[]): SidebarItem =>
  ({ kind: 'group', label, items: names.map((name) => link(name)) });
const sidebar = (open: 1 | 2): SidebarItem[] => [
  link('Home', '/'),
  { kind: 'group', label: 'Write-ups', items: [
    open === 1 ? run('a – b', ['a', 'b']) : link('a – b', '/writeups/a/'),
    open === 2 ? run('c – d', ['c', 'd']) : link('c – d', '/writeups/c/'),
  ] },
];

describe('openRuns', () => {
  it('replaces a run shown as a link with the group its first page shows', () => {
    const pages: Record<string, SidebarItem[]> = {
      '/writeups/a/': sidebar(1), '/writeups/c/': sidebar(2),
    };
    expect(openRuns(sidebar(1), (href) => pages[href])).toEqual([
      link('Home', '/'),
      { kind: 'group', label: 'Write-ups',
        items: [{ ...run('a – b', ['a', 'b']), run: true }, { ...run('c – d', ['c', 'd']),
          run: true }] },
    ]);
  });

  it('keeps a link whose page shows no such run (an ordinary link)', () => {
    expect(openRuns(sidebar(1), () => sidebar(1))).toEqual(sidebar(1));
    expect(openRuns(sidebar(1), () => undefined)).toEqual(sidebar(1));
  });
});
