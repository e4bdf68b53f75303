/**
 * Bench helper: renders a Markdown table with padded columns, readable both in the terminal and
 * as rendered Markdown. By default the first column is left-aligned and the others (numbers)
 * right-aligned.
 */

export type Row = readonly string[];
export type Align = 'left' | 'right';

function pad(cell: string, width: number, align: Align): string {
  return align === 'left' ? cell.padEnd(width) : cell.padStart(width);
}

export function markdownTable(
  header: Row,
  rows: readonly Row[],
  align: readonly Align[] = header.map((_, column) => (column === 0 ? 'left' : 'right')),
): string {
  const alignOf = (column: number): Align => align[column] ?? 'right';
  const widths = header.map((cell, column) =>
    Math.max(3, cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const cells = (row: Row): string[] =>
    widths.map((width, column) => pad(row[column] ?? '', width, alignOf(column)));
  const line = (row: Row): string => `| ${cells(row).join(' | ')} |`;
  const rule = widths.map((width, column) =>
    alignOf(column) === 'left' ? `:${'-'.repeat(width - 1)}` : `${'-'.repeat(width - 1)}:`,
  );
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}
