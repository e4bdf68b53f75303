/**
 * Shared by every stage: the edit distance of two strings, for "did you mean" hints (rule
 * messages, syllabus references) and for tolerating typos (ShellCheck's declared names, the
 * prose recognisers' keywords). Levenshtein's: a letter added, dropped or changed is one edit;
 * with `swaps`, the optimal string alignment distance, where two neighbours swapped are one edit
 * too (`PAHT` is one typo from `PATH`). With `limit`, the work stops as soon as the distance must
 * exceed it, and `limit + 1` is returned.
 */

export interface EditDistanceOptions {
  /** Two neighbouring letters swapped count as one edit. */
  swaps?: boolean;
  /** Past this distance the exact value does not matter: `limit + 1` is returned. */
  limit?: number;
}

/**
 * A lower bound of the distance, cheap to take: the letters of one string that the other lacks,
 * counted as multisets (each edit adds or removes at most one such letter on each side; a swap
 * none). Most pairs that a limit turns away differ in their letters, and are answered without
 * the table (ShellCheck's declared names against each RUN's words: on the bench's
 * 200-instruction file, up to 4,810 pairs before a cold `shipshape lint` can start ShellCheck).
 */
function lettersMissing(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const letter of a) counts.set(letter, (counts.get(letter) ?? 0) + 1);
  let missingFromA = 0;
  for (const letter of b) {
    const left = counts.get(letter) ?? 0;
    if (left > 0) counts.set(letter, left - 1);
    else missingFromA++;
  }
  let missingFromB = 0;
  for (const left of counts.values()) missingFromB += left;
  return Math.max(missingFromA, missingFromB);
}

export function editDistance(a: string, b: string,
  { swaps = false, limit = Infinity }: EditDistanceOptions = {}): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (limit !== Infinity && lettersMissing(a, b) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (beforePrevious[j - 2] ?? 0) + 1);
      }
      row[j] = d;
    }
    // No row's smallest value is below the last one's (a swap costs at least what the row
    // before offers), so past the limit the distance cannot come back under it.
    if (Math.min(...row) > limit) return limit + 1;
    beforePrevious = previous;
    previous = row;
  }
  const distance = previous[b.length] ?? 0;
  return distance > limit ? limit + 1 : distance;
}
