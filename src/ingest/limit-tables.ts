/**
 * Ingest stage: a Markdown table of tens of thousands of rows takes the table parser minutes and
 * makes a page no browser loads in time. Cut here in the source, before parsing, at
 * `MAX_TABLE_ROWS` rows or `MAX_TABLE_CELLS` cells: the rows past the limit become blank lines
 * (line numbers stay true) and a note takes the place of the first of them, so the page says
 * where the table was cut. Raw HTML tables are cut after parsing (rehype-limit-tables.ts).
 */
import { MAX_TABLE_CELLS, MAX_TABLE_ROWS } from '../shared/limits.ts';
import { fencedLines } from './fences.ts';
import type { SourceLine, SourceRepair } from './source-lines.ts';

const DELIMITER = /^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** Cells in a table row (pipes not escaped, outer ones optional). */
function cellCount(text: string): number {
  const inner = text.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).length;
}

/** What the page says where a table was cut (also used for raw HTML tables). */
export function truncatedNote(kept: number, rows: number, line: number): string {
  return `Table truncated at ${kept} of ${rows} rows; see the source, from line ${line}.`;
}

export const limitTables: SourceRepair = (lines, report) => {
  const fenced = fencedLines(lines.map((line) => line.text));
  const out: SourceLine[] = lines.map((line) => ({ ...line }));
  for (let index = 1; index < lines.length; index++) {
    const header = lines[index - 1];
    const delimiter = lines[index];
    if (!header || !delimiter || fenced[index] || !header.text.includes('|')) continue;
    if (!DELIMITER.test(delimiter.text) || !delimiter.text.includes('-')) continue;
    const columns = Math.max(1, cellCount(header.text));
    const limit = Math.min(MAX_TABLE_ROWS, Math.floor(MAX_TABLE_CELLS / columns));
    let end = index + 1;
    while (end < lines.length && (lines[end]?.text.trim() ?? '') !== '' && !fenced[end]) end++;
    // Rows of the table, the header included, as the note and the warning count them.
    const rows = end - index;
    if (rows <= limit) {
      index = end;
      continue;
    }
    const cut = index + limit;
    for (let i = cut; i < end; i++) {
      const line = out[i];
      if (line) line.text = '';
    }
    const note = out[cut + 1] ?? out[cut];
    if (note) note.text = `*${truncatedNote(limit, rows, header.origin)}*`;
    report({
      line: header.origin,
      ruleId: 'table-limit',
      found: `table of ${rows} rows (the limit is ${MAX_TABLE_ROWS} rows or ${MAX_TABLE_CELLS} ` +
        'cells)',
      action: `cut at ${limit} rows, with a note; split it or link to the data instead`,
    });
    index = end;
  }
  return out;
};
