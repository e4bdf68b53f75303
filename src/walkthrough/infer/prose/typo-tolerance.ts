/**
 * Analyse stage, walkthroughs from prose: a small, principled tolerance for typos in the words
 * that name a practice ("mutli-stage", ".dockerignire", "rootles"). A word of six letters or
 * more that is one edit (Damerau: one letter added, dropped, changed, or two neighbours swapped)
 * away from one of the recognisers' keywords is read as that keyword. Shorter words and words
 * that are keywords already are left alone: at five letters and below one edit turns too many
 * ordinary words into one another. Pure text work.
 */

/** Fewer letters than this in a word: no tolerance. */
const MIN_LETTERS = 6;

/** Whether `a` and `b` differ by at most one Damerau edit (optimal string alignment). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // One letter changed, or two neighbours swapped; the rest equal.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One letter added to the shorter word.
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.slice(i) === long.slice(i + 1);
}

/** Letters and inner hyphens: `mutli-stage`, `dockerignire`, `non-root`. */
const WORD = /\p{L}+(?:-\p{L}+)*/gu;

/**
 * `text` with each word that is one edit away from a keyword (and is none itself) replaced by
 * it; a hyphenated word is tried whole, then part by part ("dockerignire-file").
 */
export function correctTypos(text: string, keywords: readonly string[]): string {
  const known = new Set(keywords.map((k) => k.toLowerCase()));
  const nearest = (word: string): string | undefined => {
    const lower = word.toLowerCase();
    if (known.has(lower) || lower.replace(/-/g, '').length < MIN_LETTERS) return undefined;
    return [...known].find((k) => withinOneEdit(lower, k));
  };
  return text.replace(WORD, (word) => nearest(word) ??
    word.replace(/\p{L}+/gu, (part) => nearest(part) ?? part));
}
