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
 * at 1000 write-ups every page carried 1000 links, 379 KB of HTML).
 *
 * The order and the runs are made once (orderWriteups; route-middleware.ts keeps them for the
 * build) and each page takes only the entries it shows (writeupEntries), so a page costs the
 * same whatever N is: sorting every write-up again on every page took 3.1 s of a build of 1,000
 * write-ups, and grew as N². Pure.
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

/** A write-up in its place: its entry id, label and address. */
interface Placed {
  id: string;
  label: string;
  href: string;
}

/** A run of the sorted write-ups, `start` to `end` (not included), and its guide words. */
interface Run {
  start: number;
  end: number;
  label: string;
}

/**
 * The write-ups in the sidebar's order and, past SIDEBAR_WRITEUPS_MAX, cut into runs; `at`
 * gives a write-up's place by its entry id.
 */
export interface WriteupOrder {
  readonly sorted: readonly Placed[];
  readonly runs: readonly Run[] | undefined;
  readonly at: ReadonlyMap<string, number>;
}

const clip = (word: string) => word.length > WORD_MAX ? `${word.slice(0, WORD_MAX - 1)}…` : word;

/** A word of a title: `word` to compare, `shown` as it reads before the next word shown. */
interface TitleWord {
  word: string;
  shown: string;
}

/**
 * A title's words as guide words use them: an emoji or a dash alone is no word. A word keeps
 * the colon, comma or stop after it when another word follows it in the label (`Docker: the`,
 * not `Docker the`).
 */
function guideWords(title: string): TitleWord[] {
  return title.split(/\s+/).map((token) => {
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    return { word, shown: word + (/[\p{L}\p{N}]([:;,.!?])$/u.exec(token)?.[1] ?? '') };
  }).filter((w) => w.word !== '');
}

/** Words `from` to `to` (included) as a label shows them: the last one without its punctuation. */
const shownWords = (words: readonly TitleWord[], from: number, to: number) =>
  words.slice(from, to + 1).map((w, i, all) => clip(i === all.length - 1 ? w.word : w.shown))
    .join(' ');

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
  const same = (i: number) => words[i]?.word.toLocaleLowerCase('en') ===
    theirs[i]?.word.toLocaleLowerCase('en');
  let k = 0;
  while (k < words.length - 1 && same(k)) k += 1;
  if (k === 0) return clip(words[0]!.word);
  const from = k > 1 && /^\p{N}+$/u.test(words[k]!.word) ? k - 1 : k;
  return from === 1 ? shownWords(words, 0, k)
    : `${clip(words[0]!.word)} … ${shownWords(words, from, k)}`;
}

/**
 * The write-ups of the collection as they are now (in `astro dev` a write-up may have been
 * added, retitled or deleted since the configuration and its sidebar were read), each labelled
 * by its title, sorted and cut into runs. `href` makes a write-up's address, base included.
 */
export function orderWriteups(writeups: readonly ListedWriteup[], href: (id: string) => string):
  WriteupOrder {
  const sorted: Placed[] = [...writeups]
    .map((w) => ({ w, href: href(w.id) }))
    .sort((a, b) => compareWriteups(a.w, b.w) || a.href.localeCompare(b.href))
    .map(({ w, href: address }) => ({ id: w.id, label: w.title, href: address }));
  const at = new Map(sorted.map((w, i) => [w.id, i]));
  if (sorted.length <= SIDEBAR_WRITEUPS_MAX) return { sorted, runs: undefined, at };
  const runs: Run[] = [];
  for (let start = 0; start < sorted.length; start += SIDEBAR_RUN_SIZE) {
    const end = Math.min(start + SIDEBAR_RUN_SIZE, sorted.length);
    const label = `${guideWord(sorted[start]!.label, sorted[start - 1]?.label)} – ` +
      guideWord(sorted[end - 1]!.label, sorted[end]?.label);
    runs.push({ start, end, label });
  }
  return { sorted, runs, at };
}

/** The link to write-up `w`; a new object each time (see writeupEntries). */
const linkTo = (w: Placed, isCurrent: boolean): SidebarLink =>
  ({ type: 'link', label: w.label, href: w.href, isCurrent, badge: undefined, attrs: {} });

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

/** The place of the page `currentId` among the write-ups; -1 on a page that is none. */
const placeOf = (order: WriteupOrder, currentId: string | undefined) =>
  currentId === undefined ? -1 : order.at.get(currentId) ?? -1;

/**
 * The entries of the write-ups' group on the page `currentId` (an entry id), new objects for
 * each page (Starlight keeps what it learns of a group by the group object): every write-up, or
 * past the limit the runs, and past SIDEBAR_RUNS_MAX runs a window of them (see above).
 */
export function writeupEntries(order: WriteupOrder, currentId: string | undefined,
  index?: WriteupIndex): SidebarEntry[] {
  const current = placeOf(order, currentId);
  const linkAt = (i: number): SidebarLink => linkTo(order.sorted[i]!, i === current);
  const { sorted, runs } = order;
  if (runs === undefined) return sorted.map((_, i) => linkAt(i));
  const currentRun = current === -1 ? -1 : Math.floor(current / SIDEBAR_RUN_SIZE);
  const entry = (run: Run, r: number): SidebarEntry => {
    if (r === currentRun) {
      const entries = Array.from({ length: run.end - run.start }, (_, k) => linkAt(run.start + k));
      return { type: 'group', label: run.label, entries, collapsed: false, badge: undefined };
    }
    return plainLink(run.label, sorted[run.start]!.href,
      `${run.end - run.start} write-ups, ${sorted[run.start]!.label} to ` +
      sorted[run.end - 1]!.label);
  };
  if (runs.length <= SIDEBAR_RUNS_MAX) return runs.map(entry);
  const start = windowStart(runs.length, currentRun);
  const end = start + SIDEBAR_RUNS_MAX;
  const before = runs[start - 1];
  const after = runs[end];
  return [
    ...(before === undefined ? [] : [plainLink(
      `← ${start * SIDEBAR_RUN_SIZE} earlier write-ups`,
      sorted[before.start]!.href, `Write-ups before ${sorted[runs[start]!.start]!.label}`)]),
    ...runs.slice(start, end).map((run, k) => entry(run, start + k)),
    ...(after === undefined ? [] : [plainLink(
      `${sorted.length - end * SIDEBAR_RUN_SIZE} later write-ups →`,
      sorted[after.start]!.href, `Write-ups after ${sorted[runs[end - 1]!.end - 1]!.label}`)]),
    ...(index === undefined ? [] : [plainLink(`All ${sorted.length} write-ups`, index.href,
      'Every write-up on one page')]),
  ];
}

/** Previous and next follow the sorted write-ups, where the page `currentId` is one of them. */
export function writeupPagination(pagination: Pagination, order: WriteupOrder,
  currentId: string): Pagination {
  const at = placeOf(order, currentId);
  if (at === -1) return pagination;
  const linkAt = (i: number): SidebarLink | undefined => {
    const w = order.sorted[i];
    return w === undefined ? undefined : linkTo(w, false);
  };
  return { prev: linkAt(at - 1) ?? pagination.prev, next: linkAt(at + 1) ?? pagination.next };
}
