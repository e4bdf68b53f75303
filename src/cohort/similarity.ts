/**
 * Analyse stage, cohort: how much text two write-ups share, to show an instructor the ones that
 * are identical or nearly so. Each text becomes its set of word 5-shingles (five consecutive
 * words, after lower-casing and dropping Markdown punctuation); the share of two texts is the
 * Jaccard index of their sets. Exact, not MinHash: only pairs that can reach the threshold are
 * compared, found by prefix filtering (AllPairs, Bayardo et al. 2007): with the shingles in one
 * order, rarest first, two sets sharing at least `t` of their shingles share one among the first
 * `|x| - ⌈t·|x|⌉ + 1` of each, so an index of those prefixes names every candidate. Comparing
 * all pairs grew with N² (200 write-ups: 19,900 pairs; 1,000: 499,500); a cohort's write-ups
 * follow one template, but their rarest shingles are their own. Pure.
 */

/** Words per shingle: long enough that two write-ups on one topic share few by chance. */
export const SHINGLE_WORDS = 5;

/** From this share of shingles on, two write-ups are listed as nearly identical. */
export const NEAR_DUPLICATE_SHARE = 0.6;

/** Lower-cased words: Markdown marks, punctuation and the words' case are not the text. */
export function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The text's word shingles; a text shorter than one shingle is its whole word run. */
export function shingles(text: string, size = SHINGLE_WORDS): Set<string> {
  return shinglesOfWords(words(text), size);
}

/** `shingles` of a text already cut into its words. */
function shinglesOfWords(list: readonly string[], size = SHINGLE_WORDS): Set<string> {
  const found = new Set<string>();
  if (list.length === 0) return found;
  if (list.length < size) {
    found.add(list.join(' '));
    return found;
  }
  for (let i = 0; i + size <= list.length; i += 1) found.add(list.slice(i, i + size).join(' '));
  return found;
}

/** Shared shingles over all shingles of the two (0 for two empty texts: nothing to compare). */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export interface Document {
  id: string;
  text: string;
}

export interface SimilarPair {
  a: string;
  b: string;
  /** Jaccard index of their shingles, 0–1. */
  share: number;
  /** The same words in the same order (case, punctuation and Markdown marks aside). */
  identical: boolean;
}

interface Prepared {
  id: string;
  words: string;
  /** The shingles, each as its number among all the documents' (see `similarPairs`). */
  shingles: Set<number>;
}

/** Part of a threshold that floating point may have rounded up (0.6 · 5 = 3.0000000000000004). */
const ROUNDING = 1e-9;

/**
 * The pairs (indices into `sets`, the lower first) that may share `threshold` of their
 * shingles: every pair when `threshold` is 0 or less, else those whose prefixes meet (see the
 * module comment) and whose sizes allow it (the smaller at least `threshold` of the larger).
 */
export function candidatePairs<T extends string | number>(sets: readonly ReadonlySet<T>[],
  threshold: number): [number, number][] {
  const pairs: [number, number][] = [];
  if (threshold <= 0) {
    for (let i = 0; i < sets.length; i += 1) {
      for (let j = i + 1; j < sets.length; j += 1) pairs.push([i, j]);
    }
    return pairs;
  }
  const frequency = new Map<T, number>();
  for (const set of sets) for (const s of set) frequency.set(s, (frequency.get(s) ?? 0) + 1);
  const rarestFirst = (a: T, b: T) =>
    frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const bySize = sets.map((_, k) => k).sort((a, b) => sets[a]!.size - sets[b]!.size || a - b);
  const index = new Map<T, number[]>();
  for (const k of bySize) {
    const set = sets[k]!;
    const prefix = [...set].sort(rarestFirst)
      .slice(0, set.size - Math.ceil(threshold * set.size - ROUNDING) + 1);
    const met = new Set<number>();
    for (const shingle of prefix) {
      for (const other of index.get(shingle) ?? []) {
        if (sets[other]!.size >= threshold * set.size - ROUNDING) met.add(other);
      }
    }
    for (const other of met) pairs.push(other < k ? [other, k] : [k, other]);
    for (const shingle of prefix) {
      const list = index.get(shingle);
      if (list) list.push(k);
      else index.set(shingle, [k]);
    }
  }
  return pairs;
}

/**
 * Every pair of documents sharing at least `threshold` of their shingles, most similar first
 * (then by id, so the order is the same on every build).
 */
export function similarPairs(
  documents: readonly Document[],
  threshold = NEAR_DUPLICATE_SHARE,
): SimilarPair[] {
  // Each shingle by a number: sets of numbers compare faster than sets of strings, and the text
  // is cut into words once (the bench's 1,000 write-ups, 82,834 similar pairs: 2.2-2.5 s ->
  // 1.1-1.3 s, the same pairs).
  const numbers = new Map<string, number>();
  const prepared: Prepared[] = documents.map((d) => {
    const list = words(d.text);
    const numbered = new Set<number>();
    for (const shingle of shinglesOfWords(list)) {
      let number = numbers.get(shingle);
      if (number === undefined) {
        number = numbers.size;
        numbers.set(shingle, number);
      }
      numbered.add(number);
    }
    return { id: d.id, words: list.join(' '), shingles: numbered };
  });
  const pairs: SimilarPair[] = [];
  for (const [i, j] of candidatePairs(prepared.map((p) => p.shingles), threshold)) {
    const a = prepared[i]!;
    const b = prepared[j]!;
    const identical = a.words.length > 0 && a.words === b.words;
    const share = identical ? 1 : jaccard(a.shingles, b.shingles);
    if (share >= threshold) {
      const [first, second] = a.id <= b.id ? [a.id, b.id] : [b.id, a.id];
      pairs.push({ a: first, b: second, share, identical });
    }
  }
  return pairs.sort((x, y) => y.share - x.share || x.a.localeCompare(y.a)
    || x.b.localeCompare(y.b));
}

export interface SimilarGroup {
  /** The documents linked by similar pairs, each to at least one other (ids, sorted). */
  ids: string[];
  /** Every pair of the group that was similar was the same words in the same order. */
  identical: boolean;
  /** The least and the most shared by a similar pair of the group (0–1). */
  least: number;
  most: number;
}

/**
 * The pairs joined into groups: documents linked through similar pairs, A like B and B like C,
 * are one group, listed once. A class where 200 write-ups are copies of one text has 19,900
 * similar pairs; as rows, the cohort page was 50 MB at N = 1000 copies of five texts, where a
 * group per text keeps it linear in N. Most alike first (then the larger, then by first id).
 */
export function similarGroups(pairs: readonly SimilarPair[]): SimilarGroup[] {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let top = id;
    while (parent.get(top) !== top) top = parent.get(top)!;
    for (let at = id; at !== top;) {
      const next = parent.get(at)!;
      parent.set(at, top);
      at = next;
    }
    return top;
  };
  for (const { a, b } of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const [x, y] = [root(a), root(b)];
    if (x !== y) parent.set(x < y ? y : x, x < y ? x : y);
  }
  const groups = new Map<string, SimilarGroup>();
  for (const pair of pairs) {
    const key = root(pair.a);
    const group = groups.get(key) ?? { ids: [], identical: true, least: 1, most: 0 };
    groups.set(key, group);
    group.identical &&= pair.identical;
    group.least = Math.min(group.least, pair.share);
    group.most = Math.max(group.most, pair.share);
  }
  for (const id of parent.keys()) groups.get(root(id))!.ids.push(id);
  // The default order: by code unit, the same on every machine.
  for (const group of groups.values()) group.ids.sort();
  return [...groups.values()].sort((x, y) => y.most - x.most || y.ids.length - x.ids.length
    || (x.ids[0]! < y.ids[0]! ? -1 : 1));
}
