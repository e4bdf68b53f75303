/**
 * Course stage: the names closest to a misspelt one, for "did you mean" in error messages.
 * Edit distance, less twice the shared start (a truncated or extended anchor is still close),
 * with names that contain the wanted text (or are contained in it) first.
 */

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Up to `count` names from `names` nearest to `wanted`, nearest first. */
export function nearestNames(wanted: string, names: readonly string[], count = 3): string[] {
  const target = wanted.toLowerCase();
  return [...new Set(names)]
    .map((name) => {
      const lower = name.toLowerCase();
      const overlap = lower.includes(target) || target.includes(lower) ? 0 : 1;
      return { name, overlap, cost: distance(target, lower) - 2 * sharedStart(target, lower) };
    })
    .sort((a, b) => a.overlap - b.overlap || a.cost - b.cost || a.name.localeCompare(b.name))
    .slice(0, count)
    .map((entry) => entry.name);
}
