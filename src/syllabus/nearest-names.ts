/**
 * Course stage: the names closest to a misspelt one, for "did you mean" in error messages.
 * Edit distance, less twice the shared start (a truncated or extended anchor is still close),
 * with names that contain the wanted text (or are contained in it) first.
 */
import { editDistance } from '../shared/edit-distance.ts';

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/** Up to `count` names from `names` nearest to `wanted`, nearest first. */
export function nearestNames(wanted: string, names: readonly string[], count = 3): string[] {
  const target = wanted.toLowerCase();
  return [...new Set(names)]
    .map((name) => {
      const lower = name.toLowerCase();
      const overlap = lower.includes(target) || target.includes(lower) ? 0 : 1;
      return { name, overlap, cost: editDistance(target, lower) - 2 * sharedStart(target, lower) };
    })
    .sort((a, b) => a.overlap - b.overlap || a.cost - b.cost || a.name.localeCompare(b.name))
    .slice(0, count)
    .map((entry) => entry.name);
}
