/**
 * Analyse stage, walkthroughs: an order-keeping alignment of two sequences (a weighted longest
 * common subsequence). The instruction diff and the word-level notes both use it. Browser-safe.
 */

/** One step of an alignment: a pair (`a` and `b`), an item of `a` only, or an item of `b` only. */
export interface Step {
  a: number | undefined;
  b: number | undefined;
}

/**
 * Pairs items of `a` and `b` in order so that the summed `score` of the pairs is highest.
 * `score` returns undefined for items that may not be paired; scores must be integers, so that
 * the walk back can compare totals exactly. Between two pairs, the items of `a` come before the
 * items of `b`, as in a unified diff.
 */
export function align<T, U>(a: readonly T[], b: readonly U[],
  score: (x: T, y: U) => number | undefined): Step[] {
  const width = b.length + 1;
  const pairScore: Array<number | undefined> = [];
  for (const x of a) for (const y of b) pairScore.push(score(x, y));
  // best[i * width + j]: the highest total for the suffixes a[i…] and b[j…].
  const best = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number): number => best[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      let value = Math.max(at(i + 1, j), at(i, j + 1));
      const s = pairScore[i * b.length + j];
      if (s !== undefined) value = Math.max(value, s + at(i + 1, j + 1));
      best[i * width + j] = value;
    }
  }

  const steps: Step[] = [];
  let gap: Step[] = [];
  const flush = (): void => {
    // Within a gap the walk may interleave the two sides; a diff reads better removed-first.
    steps.push(...gap.filter((s) => s.b === undefined), ...gap.filter((s) => s.a === undefined));
    gap = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const s = pairScore[i * b.length + j];
    if (s !== undefined && s + at(i + 1, j + 1) === at(i, j)) {
      flush();
      steps.push({ a: i++, b: j++ });
    } else if (at(i + 1, j) === at(i, j)) {
      gap.push({ a: i++, b: undefined });
    } else {
      gap.push({ a: undefined, b: j++ });
    }
  }
  while (i < a.length) gap.push({ a: i++, b: undefined });
  while (j < b.length) gap.push({ a: undefined, b: j++ });
  flush();
  return steps;
}
