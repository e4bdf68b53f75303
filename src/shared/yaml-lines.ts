/**
 * Shared (data files, YAML): finds the line of a value by its path
 * (`lessons[2].sources[0].section`), so a schema problem can be reported as `file:line`. A walk
 * over keys and list items, which is enough for the block style our data files are written in
 * (no flow mappings, no anchors).
 */

/** A path into the parsed data, as zod reports it. */
export type Segment = string | number;

/** A path as authors read it: `lessons[2].sources[0].section`. */
export function formatPath(path: readonly Segment[]): string {
  if (path.length === 0) return '(the file as a whole)';
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      return index === 0 ? segment : `.${segment}`;
    })
    .join('');
}

/** A line of the YAML as far as the walk needs it. */
export interface Row {
  /** Blank or comment-only. */
  skip: boolean;
  /** Column of the first character. */
  indent: number;
  /** The line starts a list item (`- `). */
  dash: boolean;
  /** The key the line sets, if any. */
  key: string | undefined;
  /** Column of that key. */
  keyColumn: number;
}

const ROW = /^( *)(- +)?(?:("[^"]*"|'[^']*'|[^\s#'"\-][^:#]*?|-[^\s:#][^:#]*?)\s*:(?:\s|$))?/;

export function scanRows(text: string): Row[] {
  return text.split(/\r?\n/).map((line) => {
    const trimmed = line.trim();
    const skip = trimmed === '' || trimmed.startsWith('#') || trimmed === '---';
    const match = ROW.exec(line);
    const indent = match?.[1]?.length ?? 0;
    const dash = match?.[2] !== undefined;
    const rawKey = match?.[3];
    const key = rawKey === undefined ? undefined : rawKey.replace(/^(["'])(.*)\1$/, '$2');
    return { skip, indent, dash, key, keyColumn: indent + (match?.[2]?.length ?? 0) };
  });
}

/** The 1-based line of the deepest part of `path` the text has (1 if none). */
export function lineOfPath(rows: readonly Row[], path: readonly Segment[]): number {
  let start = 0;
  let end = rows.length;
  let best = -1;
  for (const segment of path) {
    const found = typeof segment === 'number'
      ? findItem(rows, start, end, segment)
      : findKey(rows, start, end, segment);
    if (found === undefined) break;
    best = found.row;
    start = found.start;
    end = found.end;
  }
  return best === -1 ? 1 : best + 1;
}

interface Found {
  /** The row of the key or list item. */
  row: number;
  /** Rows that hold its value: [start, end). */
  start: number;
  end: number;
}

function findItem(
  rows: readonly Row[],
  start: number,
  end: number,
  index: number,
): Found | undefined {
  const first = firstRow(rows, start, end);
  if (first === undefined || !rows[first]?.dash) return undefined;
  const column = rows[first]?.indent ?? 0;
  const items: number[] = [];
  let stop = end;
  for (let i = first; i < end; i += 1) {
    const row = rows[i];
    if (row === undefined || row.skip || row.indent > column) continue;
    if (row.indent < column || !row.dash) {
      stop = i;
      break;
    }
    items.push(i);
  }
  const row = items[index];
  if (row === undefined) return undefined;
  return { row, start: row, end: items[index + 1] ?? stop };
}

function findKey(rows: readonly Row[], start: number, end: number, key: string): Found | undefined {
  let column = Infinity;
  for (let i = start; i < end; i += 1) {
    const row = rows[i];
    if (row !== undefined && !row.skip && row.key !== undefined) {
      column = Math.min(column, row.keyColumn);
    }
  }
  for (let i = start; i < end; i += 1) {
    const row = rows[i];
    if (row === undefined || row.skip || row.key !== key || row.keyColumn !== column) continue;
    let stop = end;
    for (let j = i + 1; j < end; j += 1) {
      const next = rows[j];
      if (next === undefined || next.skip) continue;
      if (next.indent < column || (next.indent === column && !next.dash)) {
        stop = j;
        break;
      }
    }
    return { row: i, start: i + 1, end: stop };
  }
  return undefined;
}

function firstRow(rows: readonly Row[], start: number, end: number): number | undefined {
  for (let i = start; i < end; i += 1) {
    if (rows[i]?.skip === false) return i;
  }
  return undefined;
}
