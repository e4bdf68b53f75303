/**
 * Site stage: the write-ups' sidebar group stays usable with hundreds of write-ups. Its links
 * are sorted by what they show (the title, case-insensitively, numbers in numeric order). Up to
 * SIDEBAR_WRITEUPS_MAX they are listed as they are; beyond, they are cut into runs of
 * SIDEBAR_RUN_SIZE, each named by guide words as in a dictionary ("Ap – Do"): the run holding the
 * current page is an open group, every other run is one link to its first write-up. A page's
 * sidebar so holds at most about MAX / RUN + RUN write-up entries, whatever the cohort's size
 * (every write-up is listed on the cohort page). Pure: run per page by route-middleware.ts.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;
type SidebarGroup = Extract<SidebarEntry, { type: 'group' }>;
type Pagination = StarlightRouteData['pagination'];

/** More write-ups than this are cut into runs. */
export const SIDEBAR_WRITEUPS_MAX = 30;
/** Write-ups per run. */
export const SIDEBAR_RUN_SIZE = 20;
/** Characters of a guide word past which its start is dropped (`…ices (b`). */
const GUIDE_WORD_MAX = 16;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The group whose links are all write-ups (`<base>writeups/…`), if the sidebar has one. */
export function findWriteupGroup(sidebar: readonly SidebarEntry[], base: string):
  SidebarGroup | undefined {
  const prefix = `${base.replace(/\/?$/, '/')}writeups/`;
  return sidebar.find((entry): entry is SidebarGroup => entry.type === 'group' &&
    entry.entries.length > 0 &&
    entry.entries.every((e) => e.type === 'link' && e.href.startsWith(prefix)));
}

/** The shortest start of `word` that tells it from `other` (case aside), shortened if long. */
export function guideWord(word: string, other: string | undefined): string {
  const a = word.toLocaleLowerCase('en');
  const b = (other ?? '').toLocaleLowerCase('en');
  let length = 1;
  while (length < a.length && a.slice(0, length) === b.slice(0, length)) length += 1;
  // A space that tells them apart is not seen: the next character says it.
  if (/\s/.test(a.charAt(length - 1)) && length < a.length) length += 1;
  const start = word.slice(0, Math.max(length, 2)).trimEnd();
  return start.length > GUIDE_WORD_MAX ? `…${start.slice(-(GUIDE_WORD_MAX - 1))}` : start;
}

function runLabel(run: SidebarLink[], before: SidebarLink | undefined,
  after: SidebarLink | undefined): string {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  return `${guideWord(first.label, before?.label)} – ${guideWord(last.label, after?.label)}` +
    ` (${run.length})`;
}

/**
 * Sorts the group's links and, past the limit, replaces them with runs (see above). Returns the
 * sorted links, for the pagination.
 */
export function boundWriteupGroup(group: SidebarGroup): SidebarLink[] {
  const links = group.entries.filter((e): e is SidebarLink => e.type === 'link')
    .sort((a, b) => collator.compare(a.label, b.label) || a.href.localeCompare(b.href));
  if (links.length <= SIDEBAR_WRITEUPS_MAX) {
    group.entries = links;
    return links;
  }
  const runs: SidebarLink[][] = [];
  for (let i = 0; i < links.length; i += SIDEBAR_RUN_SIZE) {
    runs.push(links.slice(i, i + SIDEBAR_RUN_SIZE));
  }
  group.entries = runs.map((run, i): SidebarEntry => {
    const label = runLabel(run, runs[i - 1]?.at(-1), runs[i + 1]?.[0]);
    if (run.some((link) => link.isCurrent)) {
      return { type: 'group', label, entries: run, collapsed: false, badge: undefined };
    }
    return { type: 'link', label, href: run[0]!.href, isCurrent: false, badge: undefined,
      attrs: { 'aria-label': `${label}: write-ups ${run[0]!.label} to ${run.at(-1)!.label}` } };
  });
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
