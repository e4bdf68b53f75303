/**
 * Site stage: the write-ups' sidebar group stays usable with hundreds of write-ups. Its links
 * are sorted as Starlight sorts a folder: by `sidebar.order` (lower first, none last), then by
 * what they show (the title, in shared/title-order.ts's order). Up to
 * SIDEBAR_WRITEUPS_MAX they are listed as they are; beyond, they are cut into runs of
 * SIDEBAR_RUN_SIZE, each named by guide words as in a dictionary ("Apps – Docker … bob"): the
 * run holding the current page is an open group, every other run is one link to its first
 * write-up. Past SIDEBAR_RUNS_MAX runs (200 write-ups), only a window of that many runs around
 * the current one is shown, with links to the runs before and after it ("← 80 earlier
 * write-ups") and one to the page that lists every write-up (the cohort overview, when the site
 * has one). A page's sidebar so
 * holds at most SIDEBAR_RUNS_MAX + SIDEBAR_RUN_SIZE + 3 write-up entries whatever N is (issue 15:
 * at 1000 write-ups every page carried 1000 links, 379 KB of HTML). Pure: run per page by
 * route-middleware.ts.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { compareWriteups } from '../shared/title-order.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;
type SidebarGroup = Extract<SidebarEntry, { type: 'group' }>;
type Pagination = StarlightRouteData['pagination'];

/** More write-ups than this are cut into runs. */
export const SIDEBAR_WRITEUPS_MAX = 30;
/** Write-ups per run. */
export const SIDEBAR_RUN_SIZE = 20;
/** Runs shown at most; the rest are reached through the links around them. */
export const SIDEBAR_RUNS_MAX = 10;
/** Characters of one word of a guide word past which it is cut (`containerization` is 16). */
const WORD_MAX = 18;

/** The group whose links are all write-ups (`<base>writeups/…`), if the sidebar has one. */
export function findWriteupGroup(sidebar: readonly SidebarEntry[], base: string):
  SidebarGroup | undefined {
  const prefix = `${base.replace(/\/?$/, '/')}writeups/`;
  return sidebar.find((entry): entry is SidebarGroup => entry.type === 'group' &&
    entry.entries.length > 0 &&
    entry.entries.every((e) => e.type === 'link' && e.href.startsWith(prefix)));
}

/** A write-up as the sidebar lists it: its label, and its front matter's `sidebar.order`. */
export interface ListedWriteup {
  id: string;
  title: string;
  order?: number | undefined;
}

/** Each link's `sidebar.order`, by address: what the group's sort reads besides the label. */
export type WriteupOrders = ReadonlyMap<string, number>;

/**
 * The group's links made again from the write-ups the collection holds now, each labelled by its
 * title: in `astro dev` a write-up may have been added, retitled or deleted since the
 * configuration (and its sidebar) was read. `href` makes a write-up's address, base included.
 * Returns the `sidebar.order` of those that have one, for boundWriteupGroup.
 */
export function currentWriteupLinks(group: SidebarGroup, writeups: readonly ListedWriteup[],
  currentId: string, href: (id: string) => string): WriteupOrders {
  const orders = new Map<string, number>();
  group.entries = writeups.map((w): SidebarLink => {
    const link: SidebarLink = { type: 'link', label: w.title, href: href(w.id),
      isCurrent: w.id === currentId, badge: undefined, attrs: {} };
    if (w.order !== undefined) orders.set(link.href, w.order);
    return link;
  });
  return orders;
}

const clip = (word: string) => word.length > WORD_MAX ? `${word.slice(0, WORD_MAX - 1)}…` : word;

/** A title's words as guide words use them: an emoji or a dash alone is no word. */
function guideWords(title: string): string[] {
  return title.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '');
}

/**
 * The words of `title` that tell it from its neighbour `other` (case aside), as a dictionary's
 * guide word: its first word, then `…` and the first word that differs
 * (`Docker … oskar-moscow` beside `Docker Best Practices (priya)`); a number comes with the
 * word before it (`Docker … adam 12`, not `Docker … 12`). Emoji and dashes are not words: a
 * run named `🐳 … 128` told a reader nothing.
 */
export function guideWord(title: string, other: string | undefined): string {
  const words = guideWords(title);
  if (words.length === 0) return clip(title.trim());
  const theirs = guideWords(other ?? '');
  const same = (i: number) => words[i]?.toLocaleLowerCase('en') ===
    theirs[i]?.toLocaleLowerCase('en');
  let k = 0;
  while (k < words.length - 1 && same(k)) k += 1;
  if (k === 0) return clip(words[0]!);
  const from = k > 1 && /^\p{N}+$/u.test(words[k]!) ? k - 1 : k;
  const tail = words.slice(from, k + 1).map(clip).join(' ');
  return from === 1 ? `${clip(words[0]!)} ${tail}` : `${clip(words[0]!)} … ${tail}`;
}

function runLabel(run: SidebarLink[], before: SidebarLink | undefined,
  after: SidebarLink | undefined): string {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  return `${guideWord(first.label, before?.label)} – ${guideWord(last.label, after?.label)}`;
}

const plainLink = (label: string, href: string, title: string): SidebarEntry =>
  ({ type: 'link', label, href, isCurrent: false, badge: undefined, attrs: { title } });

/** The first run of the window of SIDEBAR_RUNS_MAX runs that has the current run in its middle. */
function windowStart(runs: number, current: number): number {
  if (current === -1) return 0;
  const start = current - Math.floor(SIDEBAR_RUNS_MAX / 2);
  return Math.max(0, Math.min(start, runs - SIDEBAR_RUNS_MAX));
}

/** A page that lists every write-up, for the sidebar's last link when the runs are windowed. */
export interface WriteupIndex {
  href: string;
}

/**
 * Sorts the group's links (`orders`: their `sidebar.order`, by address) and, past the limit,
 * replaces them with runs, and past SIDEBAR_RUNS_MAX runs, with a window of them (see above).
 * Returns the sorted links, for the pagination.
 */
export function boundWriteupGroup(group: SidebarGroup, index?: WriteupIndex,
  orders: WriteupOrders = new Map()): SidebarLink[] {
  const key = (link: SidebarLink) => ({ title: link.label, order: orders.get(link.href) });
  const links = group.entries.filter((e): e is SidebarLink => e.type === 'link')
    .sort((a, b) => compareWriteups(key(a), key(b)) || a.href.localeCompare(b.href));
  if (links.length <= SIDEBAR_WRITEUPS_MAX) {
    group.entries = links;
    return links;
  }
  const runs: SidebarLink[][] = [];
  for (let i = 0; i < links.length; i += SIDEBAR_RUN_SIZE) {
    runs.push(links.slice(i, i + SIDEBAR_RUN_SIZE));
  }
  const entries = runs.map((run, i): SidebarEntry => {
    const label = runLabel(run, runs[i - 1]?.at(-1), runs[i + 1]?.[0]);
    if (run.some((link) => link.isCurrent)) {
      return { type: 'group', label, entries: run, collapsed: false, badge: undefined };
    }
    return plainLink(label, run[0]!.href,
      `${run.length} write-ups, ${run[0]!.label} to ${run.at(-1)!.label}`);
  });
  if (runs.length <= SIDEBAR_RUNS_MAX) {
    group.entries = entries;
    return links;
  }
  const start = windowStart(runs.length, runs.findIndex((run) => run.some((l) => l.isCurrent)));
  const end = start + SIDEBAR_RUNS_MAX;
  const before = runs[start - 1];
  const after = runs[end];
  group.entries = [
    ...(before === undefined ? [] : [plainLink(
      `← ${start * SIDEBAR_RUN_SIZE} earlier write-ups`,
      before[0]!.href, `Write-ups before ${runs[start]![0]!.label}`)]),
    ...entries.slice(start, end),
    ...(after === undefined ? [] : [plainLink(
      `${links.length - end * SIDEBAR_RUN_SIZE} later write-ups →`,
      after[0]!.href, `Write-ups after ${runs[end - 1]!.at(-1)!.label}`)]),
    ...(index === undefined ? [] : [plainLink(`All ${links.length} write-ups`, index.href,
      'Every write-up on one page')]),
  ];
  return links;
}

/** Previous and next follow the sorted write-ups, where the current page is one of them. */
export function sortedPagination(pagination: Pagination, links: readonly SidebarLink[]):
  Pagination {
  const at = links.findIndex((link) => link.isCurrent);
  if (at === -1) return pagination;
  return {
    prev: links[at - 1] ?? pagination.prev,
    next: links[at + 1] ?? pagination.next,
  };
}
