/**
 * Render stage: the lines of a code block to mark for a set of findings, in Expressive Code's
 * range syntax (`3, 5-7`), or an empty string when there is nothing to mark.
 */
export function markRanges(findings: ReadonlyArray<{ line: number; endLine: number }>): string {
  const lines = new Set<number>();
  for (const f of findings) for (let l = f.line; l <= f.endLine; l++) lines.add(l);
  const sorted = [...lines].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    const start = sorted[i] ?? 0;
    let end = start;
    while (sorted[i + 1] === end + 1) end = sorted[++i] ?? end;
    ranges.push(start === end ? `${start}` : `${start}-${end}`);
    i++;
  }
  return ranges.join(', ');
}
