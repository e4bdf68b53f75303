/** The write-ups' sidebar group at 5 and at 200 write-ups (src/site/writeup-sidebar.ts). */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { describe, expect, it } from 'vitest';
import {
  findWriteupGroup, guideWord, orderWriteups, SIDEBAR_RUN_SIZE, SIDEBAR_RUNS_MAX,
  writeupEntries, writeupPagination, type ListedWriteup,
} from '../../../src/site/writeup-sidebar.ts';

const link = (label: string, current = false) => ({ type: 'link' as const, label,
  href: `/writeups/${label.toLowerCase().replace(/\W+/g, '-')}/`, isCurrent: current,
  badge: undefined, attrs: {} });
type SidebarEntry = StarlightRouteData['sidebar'][number];
const group = (entries: SidebarEntry[]) => ({ type: 'group' as const,
  label: 'Write-ups', entries, collapsed: false, badge: undefined });
const slug = (title: string) => title.toLowerCase().replace(/\W+/g, '-');
/** Write-ups titled `titles`, each with the id its slug makes. */
const listed = (titles: string[]): ListedWriteup[] =>
  titles.map((title) => ({ id: `writeups/${slug(title)}`, title }));
const href = (id: string) => `/${id}/`;
/** The group's entries on the page of the write-up titled `current` (none: no write-up). */
const shownOn = (titles: string[], current?: string) =>
  writeupEntries(orderWriteups(listed(titles), href),
    current === undefined ? undefined : `writeups/${slug(current)}`);

describe('the write-ups sidebar group', () => {
  it('is found by its links, whatever its label', () => {
    const writeups = group([link('a')]);
    const other = { ...group([{ ...link('x'), href: '/compare/' }]), label: 'Checks' };
    expect(findWriteupGroup([other, writeups], '/')).toBe(writeups);
    expect(findWriteupGroup([other], '/')).toBeUndefined();
    const based = group([{ ...link('a'), href: '/docs/writeups/a/' }]);
    expect(findWriteupGroup([based], '/docs')).toBe(based);
  });

  it('is made again from the write-ups there are now, labelled by title', () => {
    // The collection now: `gone` (in the configuration's sidebar) deleted, `new` added.
    const entries = writeupEntries(orderWriteups([{ id: 'writeups/kept', title: 'Kept, retitled' },
      { id: 'writeups/new', title: 'New' }], (id) => `/docs/${id}/`), 'writeups/new');
    expect(entries.map((e) => [e.label, e.type === 'link' && e.href,
      e.type === 'link' && e.isCurrent])).toEqual([
      ['Kept, retitled', '/docs/writeups/kept/', false], ['New', '/docs/writeups/new/', true]]);
  });

  it('sorts by title with case aside and numbers by value', () => {
    expect(shownOn(['Zebra', 'apple', 'Lab 10', 'lab 9', 'Banana']).map((e) => e.label))
      .toEqual(['apple', 'Banana', 'lab 9', 'Lab 10', 'Zebra']);
  });

  it('puts a lower `sidebar.order` first, write-ups without one after, as Starlight does', () => {
    const order = orderWriteups([
      { id: 'writeups/zeta', title: 'Zeta' },
      { id: 'writeups/intro', title: 'Welcome', order: 2 },
      { id: 'writeups/alpha', title: 'alpha' },
      { id: 'writeups/setup', title: 'Setup', order: 1 },
      { id: 'writeups/notes', title: 'notes', order: 2 },
    ], href);
    // Same order: by title, case aside.
    expect(writeupEntries(order, 'writeups/alpha').map((e) => e.label)).toEqual(['Setup',
      'notes', 'Welcome', 'alpha', 'Zeta']);
    expect(writeupPagination({ prev: undefined, next: undefined }, order, 'writeups/alpha')
      .prev?.label).toBe('Welcome');
  });

  it('cuts 200 write-ups into runs: the current run open, the others one link each', () => {
    const labels = Array.from({ length: 200 }, (_, i) => `${i % 3 === 0
      ? 'Docker Best Practices' : 'Report'} (student ${String(i).padStart(3, '0')})`);
    const order = orderWriteups(listed(labels), href);
    const { sorted } = order;
    expect(sorted).toHaveLength(200);
    const entries = writeupEntries(order, `writeups/${slug(labels[117]!)}`);
    expect(entries).toHaveLength(200 / SIDEBAR_RUN_SIZE);
    const open = entries.filter((e) => e.type === 'group');
    expect(open).toHaveLength(1);
    const run = open[0]!.type === 'group' ? open[0]!.entries : [];
    expect(run).toHaveLength(SIDEBAR_RUN_SIZE);
    expect(run.some((e) => e.type === 'link' && e.isCurrent)).toBe(true);
    // Links shown on one page: 9 runs and the 20 of the open run.
    const shown = entries.flatMap((e) => e.type === 'group' ? e.entries : [e]);
    expect(shown).toHaveLength(9 + SIDEBAR_RUN_SIZE);
    // Each closed run leads to its first write-up and says what it holds.
    const firstRun = entries[0]!;
    expect(firstRun).toMatchObject({ type: 'link', href: sorted[0]!.href });
    expect(firstRun.label).toBe('Docker – Docker … student 057');
    expect(firstRun).toMatchObject({ attrs: { title: expect.stringMatching(/^20 write-ups, /) } });
    // Runs follow one another in order: guide words of neighbours differ.
    const labelsShown = entries.map((e) => e.label);
    expect(new Set(labelsShown).size).toBe(labelsShown.length);
  });

  it('leaves the group alone on a page that is no write-up: every run is a link', () => {
    expect(shownOn(Array.from({ length: 45 }, (_, i) => `w${i}`)).map((e) => e.type))
      .toEqual(['link', 'link', 'link']);
  });

  it('names runs by the shortest start that tells them from their neighbours', () => {
    expect(guideWord('Apple pie', 'Banana')).toBe('Apple');
    expect(guideWord('Docker notes', 'Docker lab')).toBe('Docker notes');
    expect(guideWord('Docker Best Practices (bob)', 'Docker Best Practices (alice)'))
      .toBe('Docker … bob');
    expect(guideWord('Containerization of the app', undefined)).toBe('Containerization');
    expect(guideWord('Internationalization-and-localization notes', undefined))
      .toBe('Internationalizat…');
    expect(guideWord('Lab', 'lab')).toBe('Lab');
  });

  it('gives a number with the word before it, and takes no emoji or dash for a word', () => {
    const app = 'Docker: the Moscow time app — adam';
    expect(guideWord(`${app} 12`, `${app} 114`)).toBe('Docker … adam 12');
    expect(guideWord('Lab 2', 'Lab 3')).toBe('Lab 2');
    expect(guideWord('Lab 2 — eve', 'Lab 2 — ann')).toBe('Lab … eve');
    expect(guideWord('🐳 Docker Implementation — dmitri', '🐳 Docker Implementation — chen'))
      .toBe('Docker … dmitri');
    expect(guideWord('🐳 Whale notes', 'Apples')).toBe('Whale');
    expect(guideWord('🐳🐳', 'Apples')).toBe('🐳🐳');
  });

  it('keeps the punctuation between two words it shows, and none at the end', () => {
    const app = 'Docker: the Moscow time app — adam 0';
    expect(guideWord(app, 'Docker Implementation — chen')).toBe('Docker: the');
    expect(guideWord('Notes, part 2', 'Notes on Docker')).toBe('Notes, part');
    expect(guideWord('Best (bob) 12', 'Best (bob) 13')).toBe('Best bob 12');
    expect(guideWord('Docker: the app.', 'Docker: the app! x')).toBe('Docker … app');
  });

  it('gives previous and next in the sorted order', () => {
    const order = orderWriteups(listed(['c', 'a', 'b']), href);
    const outside = { prev: undefined, next: undefined };
    expect(writeupPagination(outside, order, 'writeups/b')).toEqual({ prev: link('a'),
      next: link('c') });
    const before = { ...link('About'), href: '/' };
    expect(writeupPagination({ prev: before, next: undefined }, order, 'writeups/a'))
      .toEqual({ prev: before, next: link('b') });
    expect(writeupPagination(outside, order, 'rules')).toBe(outside);
  });

  /** The group a page at position `at` of `n` write-ups shows (`at` -1: a page that is none). */
  const shownAt = (n: number, at: number) => {
    const labels = Array.from({ length: n }, (_, i) =>
      `Report (student ${String(i).padStart(5, '0')})`);
    return writeupEntries(orderWriteups(listed(labels), href),
      at === -1 ? undefined : `writeups/${slug(labels[at]!)}`, { href: '/cohort/' });
  };
  const linksIn = (entries: SidebarEntry[]): SidebarEntry[] =>
    entries.flatMap((e) => e.type === 'group' ? e.entries : [e]);

  it('shows a bounded window of runs however many write-ups there are (issue 15)', () => {
    const bound = SIDEBAR_RUNS_MAX + SIDEBAR_RUN_SIZE + 3;
    for (const n of [200, 1000, 5000]) {
      for (const at of [-1, 0, Math.floor(n / 2), n - 1]) {
        expect(linksIn(shownAt(n, at)).length).toBeLessThanOrEqual(bound);
      }
    }
    // What a page carries does not grow with N: the same, to a few characters of the numbers.
    const size = (n: number) => JSON.stringify(shownAt(n, Math.floor(n / 2))).length;
    expect(size(5000)).toBeLessThan(size(1000) * 1.05);
    expect(size(1000)).toBeLessThan(size(250) * 1.05);
  });

  it('keeps the current run in the window, with links before, after and to all', () => {
    const entries = shownAt(1000, 517);
    expect(entries[0]).toMatchObject({ type: 'link', label: '← 400 earlier write-ups',
      href: '/writeups/report-student-00380-/' });
    const runs = entries.slice(1, -2);
    expect(runs).toHaveLength(SIDEBAR_RUNS_MAX);
    const open = runs.findIndex((e) => e.type === 'group');
    expect(open).toBe(Math.floor(SIDEBAR_RUNS_MAX / 2));
    expect(entries.at(-2)).toMatchObject({ label: '400 later write-ups →',
      href: '/writeups/report-student-00600-/' });
    expect(entries.at(-1)).toMatchObject({ label: 'All 1000 write-ups', href: '/cohort/' });
    // At either end the window stops at the first or last run; nothing links past it.
    expect(shownAt(1000, 3).slice(0, SIDEBAR_RUNS_MAX).every((e) => !e.label.includes('earlier')))
      .toBe(true);
    const last = shownAt(1000, 999);
    expect(last.at(-2)?.type).toBe('group');
    // Up to SIDEBAR_RUNS_MAX runs, no window: every run is shown.
    expect(shownAt(SIDEBAR_RUNS_MAX * SIDEBAR_RUN_SIZE, 0)).toHaveLength(SIDEBAR_RUNS_MAX);
  });

  it('takes on each page only the write-ups it shows: a page costs the same at any N', () => {
    const titles = Array.from({ length: 5000 }, (_, i) => `Report ${i}`);
    const order = orderWriteups(listed(titles), href);
    let read = 0;
    const counted = { ...order, sorted: new Proxy(order.sorted, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) read += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    }) };
    for (const at of [undefined, 'writeups/report-0', 'writeups/report-2500']) {
      read = 0;
      writeupEntries(counted, at, { href: '/cohort/' });
      expect(read, `on ${at ?? 'a page that is no write-up'}`)
        .toBeLessThan(SIDEBAR_RUN_SIZE * 4 + SIDEBAR_RUNS_MAX * 3);
      read = 0;
      writeupPagination({ prev: undefined, next: undefined }, counted, at ?? 'rules');
      expect(read).toBeLessThanOrEqual(2);
    }
  });
});
