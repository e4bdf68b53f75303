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
 * (`sidebarOf(href)` reads the sidebar of the page at `href`).
 */
export function openRuns(
  items: SidebarItem[],
  sidebarOf: (href: string) => SidebarItem[] | undefined,
): SidebarItem[] {
  const open = (list: SidebarItem[], path: string[]): SidebarItem[] => {
    let opened = false;
    const out = list.map((item): SidebarItem => {
      if (item.kind === 'group') return { ...item, items: open(item.items, [...path, item.label]) };
      if (path.length === 0) return item;
      let there: SidebarItem[] | undefined = sidebarOf(item.href);
      for (const label of path) {
        const group = there?.find((entry) => entry.kind === 'group' && entry.label === label);
        there = group?.kind === 'group' ? group.items : undefined;
      }
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
