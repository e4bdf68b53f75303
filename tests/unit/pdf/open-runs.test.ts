/**
 * PDF, the sidebar of a long guide: write-ups cut into runs show one run per page, the others as
 * links to their first page; the PDF opens every run from the sidebar of that page.
 */
import { describe, expect, it } from 'vitest';
import { openRuns, sidebarLinks, type SidebarItem } from '../../../src/pdf/read-sidebar.ts';
import { orderWriteups, writeupEntries } from '../../../src/site/writeup-sidebar.ts';

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

describe('openRuns past the sidebar\'s window of runs', () => {
  // The sidebar every page of a guide of 1,000 write-ups carries (site/writeup-sidebar.ts):
  // 10 runs of 20 around its own, links to the runs before and after, and the overview.
  const N = 1000;
  const hrefOf = (i: number) => `/writeups/w${String(i).padStart(4, '0')}/`;
  const order = orderWriteups(Array.from({ length: N }, (_, i) => ({ id: String(i),
    title: `Write-up ${String(i).padStart(4, '0')}` })), (id) => hrefOf(Number(id)));
  const sidebarAt = (current: number | undefined): SidebarItem[] => {
    const entries = writeupEntries(order, current === undefined ? undefined : String(current),
      { href: '/cohort/' });
    const item = (entry: (typeof entries)[number]): SidebarItem => entry.type === 'link'
      ? { kind: 'link', label: entry.label, href: entry.href }
      : { kind: 'group', label: entry.label, items: entry.entries.map(item) };
    return [link('Home', '/'), { kind: 'group', label: 'Write-ups', items: entries.map(item) }];
  };
  const pageOf = (href: string) => {
    const at = Array.from({ length: N }, (_, i) => i).find((i) => hrefOf(i) === href);
    return href === '/cohort/' ? sidebarAt(undefined) : at === undefined ? undefined
      : sidebarAt(at);
  };

  it('prints every write-up, in order, once, from any page of the guide', () => {
    for (const from of [0, 450, 999]) {
      const opened = openRuns(sidebarAt(from), pageOf);
      const hrefs = sidebarLinks(opened).map(({ link: l }) => l.href)
        .filter((href) => href.startsWith('/writeups/'));
      expect(hrefs, `from write-up ${from}`).toEqual(Array.from({ length: N }, (_, i) =>
        hrefOf(i)));
      expect(sidebarLinks(opened).filter(({ link: l }) => l.href === '/cohort/'),
        `from write-up ${from}`).toHaveLength(1);
    }
  });

  it('reads each page\'s sidebar once (reading one is parsing a built page)', () => {
    const reads = new Map<string, number>();
    openRuns(sidebarAt(450), (href) => {
      reads.set(href, (reads.get(href) ?? 0) + 1);
      return pageOf(href);
    });
    // 50 runs of 20 and the links around the window: each page asked for once.
    expect(reads.size).toBeGreaterThanOrEqual(50);
    expect([...reads].filter(([, count]) => count > 1)).toEqual([]);
  });
});
