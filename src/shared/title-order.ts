/**
 * Shared: the one order of write-up titles, as a reader looks them up — case aside, numbers by
 * value (`Lab 9` before `Lab 10`), and a leading emoji or mark skipped (`🐳 Containerizing …`
 * sorts under C). The sidebar (site/writeup-sidebar.ts) and the cohort page use it. In the
 * sidebar a write-up's `sidebar.order` comes first, with Starlight's meaning (writeupOrder).
 */
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The title without the marks in front of its first letter or digit. */
export function titleKey(title: string): string {
  return title.replace(/^[^\p{L}\p{N}]+/u, '') || title;
}

export function compareTitles(a: string, b: string): number {
  // Titles equal but for case or marks still get one order, so every build lists them alike.
  return collator.compare(titleKey(a), titleKey(b)) || collator.compare(a, b)
    || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Starlight's order of sidebar entries (`sortDirEntries` in its utils/navigation.ts): a lower
 * `sidebar.order` first, entries without one after every entry with one; then by title.
 */
export function compareWriteups(a: { title: string; order?: number | undefined },
  b: { title: string; order?: number | undefined }): number {
  const orderA = a.order ?? Number.MAX_VALUE;
  const orderB = b.order ?? Number.MAX_VALUE;
  if (orderA !== orderB) return orderA < orderB ? -1 : 1;
  return compareTitles(a.title, b.title);
}
