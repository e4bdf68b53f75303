/**
 * Analyse stage, Dockerfile engine, shared by rules: the "did you mean" hint BuildKit gives for an
 * unknown variable name, the closest spelling among the names that are known.
 */

/** Edit distance counting a swap of two neighbours as one edit: `PAHT` is one typo away. */
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const up = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((row[j - 1] ?? 0) + 1, (up[j] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/**
 * A close spelling of `name` among `options` (case-insensitive, about one edit per three
 * letters at most), or undefined when none is close enough.
 */
export function suggestName(name: string, options: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(name.length / 3)) + 1;
  for (const option of options) {
    const d = distance(name.toLowerCase(), option.toLowerCase());
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  return best;
}
