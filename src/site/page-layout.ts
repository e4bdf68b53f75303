/**
 * Site stage: a page's layout, named in a `<meta name="shipshape-layout">` in its head. Pages
 * with a walkthrough (no contents column, 75rem) and pages with a wide table (72rem) use more of
 * a wide screen. CSS reads the marker from the head (`:root:has(meta[…])`), parsed before the
 * first paint: read from the content, the wider column came only once the walkthrough or
 * table was parsed, and everything above it moved (layout shift 0.05 on the vote write-up).
 */
import { hasWalkthrough } from '../walkthrough/has-walkthrough.ts';

export type PageLayout = 'walkthrough' | 'wide-table';

export const LAYOUT_META_NAME = 'shipshape-layout';

/** The class a wide table's block carries (compare/, pages/practices.astro). */
const WIDE_TABLE = /<div class="[^"]*\bwide-table\b/;

/** The layout a rendered page needs; none for the ordinary one. */
export function pageLayout(html: string | undefined): PageLayout | undefined {
  if (hasWalkthrough(html)) return 'walkthrough';
  if (WIDE_TABLE.test(html ?? '')) return 'wide-table';
  return undefined;
}

/** The head entry naming `layout` (Starlight's head config). */
export function layoutMeta(layout: PageLayout): {
  tag: 'meta';
  attrs: { name: string; content: PageLayout };
} {
  return { tag: 'meta', attrs: { name: LAYOUT_META_NAME, content: layout } };
}
