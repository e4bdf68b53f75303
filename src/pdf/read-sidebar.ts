/**
 * Outputs stage, PDF: reads the guide's order from a built page's Starlight sidebar
 * (`nav.sidebar ul.top-level`), so the PDF follows exactly what the site shows: groups with their
 * labels, links with their labels and `href`s, nested groups kept as they are.
 */
import type { Element, ElementContent, Root } from 'hast';
import { select } from 'hast-util-select';

export interface SidebarLink {
  kind: 'link';
  label: string;
  /** As written in the built HTML, base included (e.g. `/courses/docker/lessons/x/`). */
  href: string;
}

export interface SidebarGroup {
  kind: 'group';
  label: string;
  items: SidebarItem[];
  /** A run of a long list of write-ups (`site/writeup-sidebar.ts`), opened by `openRuns`. */
  run?: true;
}

export type SidebarItem = SidebarLink | SidebarGroup;

const childElements = (node: Element, tagName: string): Element[] =>
  node.children.filter(
    (child): child is Element => child.type === 'element' && child.tagName === tagName,
  );

/** Text of a label without Starlight's badges (`<span class="sl-badge">New</span>`). */
function labelText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  const classes = node.properties['className'];
  if (Array.isArray(classes) && classes.includes('sl-badge')) return '';
  return node.children.map(labelText).join('');
}

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

function readList(list: Element): SidebarItem[] {
  const items: SidebarItem[] = [];
  for (const li of childElements(list, 'li')) {
    const details = childElements(li, 'details')[0];
    if (details) {
      const summary = select('summary .group-label', details) ?? select('summary', details);
      const inner = childElements(details, 'ul')[0];
      items.push({
        kind: 'group',
        label: clean(summary ? labelText(summary) : ''),
        items: inner ? readList(inner) : [],
      });
      continue;
    }
    const link = childElements(li, 'a')[0];
    if (link) {
      const href = String(link.properties['href'] ?? '');
      items.push({ kind: 'link', label: clean(labelText(link)), href });
    }
  }
  return items;
}

/** The sidebar of a built page, or `undefined` when the page has none (a splash page). */
export function readSidebar(tree: Root): SidebarItem[] | undefined {
  const list = select('nav.sidebar ul.top-level', tree);
  return list ? readList(list) : undefined;
}

/**
 * The sidebar with every run opened: a long group of write-ups is cut into runs
 * (`site/writeup-sidebar.ts`), and a page's sidebar shows only its own run as a group, every
 * other run as one link (labelled as the run) to its first page, where that run is the open
 * group. The PDF holds every page, so each such link becomes the group its page shows
 * (`readSidebarOf(href)` reads the sidebar of the page at `href`, once per page).
 */
export function openRuns(
  items: SidebarItem[],
  readSidebarOf: (href: string) => SidebarItem[] | undefined,
): SidebarItem[] {
  // Each page's sidebar is read once: reading is parsing a built page, and the window of runs
  // (`wholeWindow`) asks again for every link before the one it opens. At 1,000 write-ups the
  // same 50-odd pages were parsed over and over: 25 s of the PDF's 43 s before composing.
  const read = new Map<string, SidebarItem[] | undefined>();
  const sidebarOf = (href: string): SidebarItem[] | undefined => {
    if (!read.has(href)) read.set(href, readSidebarOf(href));
    return read.get(href);
  };
  const open = (list: SidebarItem[], path: string[]): SidebarItem[] => {
    let opened = false;
    const shown = path.length === 0 ? list
      : wholeWindow(list, (href) => within(sidebarOf(href), path));
    const out = shown.map((item): SidebarItem => {
      if (item.kind === 'group') return { ...item, items: open(item.items, [...path, item.label]) };
      if (path.length === 0) return item;
      const there = within(sidebarOf(item.href), path);
      const run = there?.find((entry): entry is SidebarGroup => entry.kind === 'group' &&
        entry.label === item.label && entry.items[0]?.kind === 'link' &&
        entry.items[0].href === item.href);
      if (run) opened = true;
      return run ?? item;
    });
    // Beside runs opened here, a group of links is the run the page read showed open.
    return opened ? out.map((item) => item.kind === 'group' &&
      item.items.every((entry) => entry.kind === 'link') ? { ...item, run: true } : item) : out;
  };
  return open(items, []);
}

/** The items of the group at `path` (labels from the top) of a sidebar. */
function within(sidebar: SidebarItem[] | undefined, path: readonly string[]):
  SidebarItem[] | undefined {
  let there = sidebar;
  for (const label of path) {
    const group = there?.find((entry) => entry.kind === 'group' && entry.label === label);
    there = group?.kind === 'group' ? group.items : undefined;
  }
  return there;
}

const firstHref = (item: SidebarItem): string | undefined => item.kind === 'link' ? item.href
  : item.items[0]?.kind === 'link' ? item.items[0].href : undefined;

/**
 * Past SIDEBAR_RUNS_MAX runs a page shows only a window of them, with a link to the runs before
 * it ("← 80 earlier write-ups", first in the group) and one to those after ("30 later
 * write-ups →"), each to the first page of the run next to the window, where that run is the
 * open group under another label. Each such link is replaced by that page's runs on its side
 * (the earlier ones up to that run, the later ones from it), until no window link is left: the
 * PDF prints every write-up, not the 200 one page shows.
 */
function wholeWindow(list: SidebarItem[], groupOf: (href: string) => SidebarItem[] | undefined):
  SidebarItem[] {
  let out = list;
  for (let changed = true; changed;) {
    changed = false;
    for (const [i, item] of out.entries()) {
      if (item.kind !== 'link') continue;
      const there = groupOf(item.href) ?? [];
      const k = there.findIndex((entry) => entry.kind === 'group' && entry.label !== item.label &&
        firstHref(entry) === item.href);
      if (k === -1) continue;
      const known = new Set(out.map(firstHref));
      const side = i === 0 ? there.slice(0, k + 1)
        : there.slice(k).filter((entry, j) => j === 0 || !known.has(firstHref(entry)));
      out = [...out.slice(0, i), ...side, ...out.slice(i + 1)];
      changed = true;
      break;
    }
  }
  return out;
}

/** Every link of the sidebar, depth first, with the labels of the groups above it. */
export function sidebarLinks(
  items: SidebarItem[],
  groups: string[] = [],
): { link: SidebarLink; groups: string[] }[] {
  return items.flatMap((item) =>
    item.kind === 'link'
      ? [{ link: item, groups }]
      : sidebarLinks(item.items, [...groups, item.label]),
  );
}
