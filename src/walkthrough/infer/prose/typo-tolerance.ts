/**
 * Analyse stage, walkthroughs from prose: a small, principled tolerance for typos in the words
 * that name a practice ("mutli-stage", ".dockerignire", "rootles"). A word of six letters or
 * more that is one edit (Damerau: one letter added, dropped, changed, or two neighbours swapped)
 * away from one of the recognisers' keywords is read as that keyword. Shorter words and words
 * that are keywords already are left alone: at five letters and below one edit turns too many
 * ordinary words into one another. Pure text work.
 */
import { editDistance } from '../../../shared/edit-distance.ts';

/** Fewer letters than this in a word: no tolerance. */
const MIN_LETTERS = 6;

/** Whether `a` and `b` differ by at most one Damerau edit (optimal string alignment). */
export function withinOneEdit(a: string, b: string): boolean {
  return editDistance(a, b, { swaps: true, limit: 1 }) <= 1;
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
