/**
 * Site stage: Starlight opens every table of contents with "Overview" (the page's top). When the
 * author's first heading is also "Overview" (lab 02 opens with `## Overview`), the list showed
 * "Overview" twice, one under the other, for nearly the same place; the author's heading stays.
 */

/** The part of Starlight's TOC item this needs (its `TocItem`). */
export interface TocEntry {
  slug: string;
  text: string;
}

/** `items` without Starlight's top entry when the first heading repeats its text. */
export function withoutRepeatedOverview<T extends TocEntry>(items: readonly T[]): T[] {
  const [top, first] = items;
  const same = (a: string, b: string): boolean =>
    a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
  if (top?.slug === '_top' && first !== undefined && same(top.text, first.text)) {
    return items.slice(1);
  }
  return [...items];
}
