/**
 * Analyse stage, cohort: how much text two write-ups share, to show an instructor the ones that
 * are identical or nearly so. Each text becomes its set of word 5-shingles (five consecutive
 * words, after lower-casing and dropping Markdown punctuation); the share of two texts is the
 * Jaccard index of their sets. Exact, not MinHash: a cohort of 200 write-ups is 19,900 pairs of
 * sets of a few hundred shingles, which takes well under a second (measured in
 * tests/unit/cohort/similarity.test.ts), so no estimate is needed. Pure.
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
  const list = words(text);
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
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
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

/**
 * Every pair of documents sharing at least `threshold` of their shingles, most similar first
 * (then by id, so the order is the same on every build).
 */
export function similarPairs(
  documents: readonly Document[],
  threshold = NEAR_DUPLICATE_SHARE,
): SimilarPair[] {
  const prepared = documents.map((d) => ({ id: d.id, words: words(d.text).join(' '),
    shingles: shingles(d.text) }));
  const pairs: SimilarPair[] = [];
  for (let i = 0; i < prepared.length; i += 1) {
    for (let j = i + 1; j < prepared.length; j += 1) {
      const a = prepared[i]!;
      const b = prepared[j]!;
      const identical = a.words.length > 0 && a.words === b.words;
      const share = identical ? 1 : jaccard(a.shingles, b.shingles);
      if (share >= threshold) {
        const [first, second] = a.id <= b.id ? [a.id, b.id] : [b.id, a.id];
        pairs.push({ a: first, b: second, share, identical });
      }
    }
  }
  return pairs.sort((x, y) => y.share - x.share || x.a.localeCompare(y.a)
    || x.b.localeCompare(y.b));
}
