/**
 * Analyse stage, Dockerfile engine, shared by rules: the "did you mean" hint BuildKit gives for an
 * unknown variable name, the closest spelling among the names that are known.
 */
import { editDistance } from '../../shared/edit-distance.ts';

/**
 * A close spelling of `name` among `options` (case-insensitive, about one edit per three
 * letters at most), or undefined when none is close enough.
 */
export function suggestName(name: string, options: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(name.length / 3)) + 1;
  for (const option of options) {
    const d = editDistance(name.toLowerCase(), option.toLowerCase(), { swaps: true });
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  return best;
}
