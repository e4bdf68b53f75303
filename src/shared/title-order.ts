/**
 * Shared: the one order of write-up titles, as a reader looks them up — case aside, numbers by
 * value (`Lab 9` before `Lab 10`), and a leading emoji or mark skipped (`🐳 Containerizing …`
 * sorts under C). The sidebar (site/writeup-sidebar.ts) and the cohort page use it.
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
