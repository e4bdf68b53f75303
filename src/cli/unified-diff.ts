/**
 * Outputs stage, command line: the unified diff `--fix --dry-run` prints (`--- a/x`, `+++ b/x`,
 * `@@ -l,n +l,n @@`, three lines of context, as `diff -u` and git write it; `git apply` takes
 * it). Fixes edit inside lines and never add or remove one (`src/dockerfile/fixes/fix.ts`), so
 * line i of the old text is line i of the new: no alignment search is needed, and a text pair
 * with different line counts is refused. Line ends are not shown; control characters are
 * escaped for the terminal.
 */
import { isAbsolute } from 'node:path';
import { splitLines } from '../dockerfile/fixes/index.ts';
import { terminalSafe } from '../shared/terminal-text.ts';

const CONTEXT = 3;

export function unifiedDiff(path: string, before: string, after: string): string {
  const old = splitLines(before);
  const now = splitLines(after);
  if (old.bodies.length !== now.bodies.length) {
    throw new Error('unifiedDiff: the texts must have the same number of lines');
  }
  const changed = old.bodies.flatMap((body, i) =>
    body !== now.bodies[i] || old.ends[i] !== now.ends[i] ? [i] : []);
  if (changed.length === 0) return '';
  // Group changed lines whose context windows touch into hunks.
  const hunks: Array<[number, number]> = [];
  for (const index of changed) {
    const last = hunks[hunks.length - 1];
    if (last !== undefined && index - last[1] <= 2 * CONTEXT) last[1] = index;
    else hunks.push([index, index]);
  }
  const noNewline = (i: number, ends: string[]) =>
    i === ends.length - 1 && ends[i] === '' ? '\n\\ No newline at end of file' : '';
  // git's `a/` and `b/` prefixes, for a path relative to where the command ran.
  const [a, b] = isAbsolute(path) ? ['', ''] : ['a/', 'b/'];
  const out = [`--- ${a}${path}`, `+++ ${b}${path}`];
  for (const [first, last] of hunks) {
    const start = Math.max(0, first - CONTEXT);
    const end = Math.min(old.bodies.length - 1, last + CONTEXT);
    const count = end - start + 1;
    out.push(`@@ -${start + 1},${count} +${start + 1},${count} @@`);
    for (let i = start; i <= end; i++) {
      if (!changed.includes(i)) {
        out.push(` ${old.bodies[i]}${noNewline(i, old.ends)}`);
        continue;
      }
      // A run of changed lines: all old lines, then all new ones, as diff -u prints them.
      let last = i;
      while (changed.includes(last + 1) && last + 1 <= end) last++;
      for (let j = i; j <= last; j++) out.push(`-${old.bodies[j]}${noNewline(j, old.ends)}`);
      for (let j = i; j <= last; j++) out.push(`+${now.bodies[j]}${noNewline(j, now.ends)}`);
      i = last;
    }
  }
  return `${terminalSafe(out.join('\n'))}\n`;
}
