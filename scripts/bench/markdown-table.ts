/**
 * Bench helper: renders a Markdown table with padded columns, readable both in the terminal and
 * as rendered Markdown. Columns are right-aligned except the first.
 */

export type Row = readonly string[];

function pad(cell: string, width: number, left: boolean): string {
  return left ? cell.padEnd(width) : cell.padStart(width);
}

export function markdownTable(header: Row, rows: readonly Row[]): string {
  const widths = header.map((cell, column) =>
    Math.max(3, cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: Row): string =>
    `| ${widths.map((width, column) => pad(row[column] ?? '', width, column === 0)).join(' | ')} |`;
  const rule = widths.map((width, column) =>
    column === 0 ? `:${'-'.repeat(width - 1)}` : `${'-'.repeat(width - 1)}:`,
  );
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}
