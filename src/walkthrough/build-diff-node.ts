/**
 * Render stage, walkthroughs: the change from an earlier version of a Dockerfile to a later one,
 * as a table placed right after the earlier version — each added, removed or changed
 * instruction with its lines, what changed, and a link to the walkthrough step that explains it.
 */
import type { PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { DiffRow } from './diff/diff-dockerfiles.ts';
import type { StepSpec } from './spec.ts';

const MARK: Record<DiffRow['kind'], string> = {
  added: '+ added',
  removed: '− removed',
  changed: '~ changed',
  same: '= same',
};

const COLUMNS = ['Change', 'Before', 'After', 'What changed', 'Explained in'];

/** A cell; a body cell names its column, which it prints when the table is stacked on a phone. */
function cell(children: PhrasingContent[], label?: string): TableCell {
  return { type: 'tableCell', children,
    ...(label ? { data: { hProperties: { dataLabel: label } } } : {}) };
}

function side(part: DiffRow['before']): PhrasingContent[] {
  if (!part) return [];
  const lines = part.line === part.endLine ? `${part.line}` : `${part.line}–${part.endLine}`;
  return [{ type: 'text', value: `${lines}: ` }, { type: 'inlineCode', value: part.text }];
}

/** A note's `code` spans become inline code; the rest stays text. */
function noteContent(note: string): PhrasingContent[] {
  return note.split(/(`[^`]+`)/).filter(Boolean).map((part) =>
    part.startsWith('`') && part.endsWith('`')
      ? { type: 'inlineCode' as const, value: part.slice(1, -1) }
      : { type: 'text' as const, value: part });
}

function why(row: DiffRow, steps: readonly StepSpec[]): PhrasingContent[] {
  const after = row.after;
  if (!after || row.kind === 'same') return [];
  const step = steps.find((s) => s.lines.some((l) => l >= after.line && l <= after.endLine));
  if (!step) return [];
  return [{ type: 'link', url: `#${step.id}`, children: [{ type: 'text', value: step.title }] }];
}

export function buildDiffNode(rows: readonly DiffRow[], steps: readonly StepSpec[]): RootContent {
  const header: TableRow = {
    type: 'tableRow',
    children: COLUMNS.map((title) => cell([{ type: 'text', value: title }])),
  };
  const body: TableRow[] = rows.map((row) => ({
    type: 'tableRow',
    children: [
      [{ type: 'text' as const, value: MARK[row.kind] }],
      side(row.before),
      side(row.after),
      row.note ? noteContent(row.note) : [],
      why(row, steps),
    ].map((content, i) => cell(content, COLUMNS[i])),
    data: { hProperties: { dataDiff: row.kind } },
  }));
  // remark-rehype renders as many cells per row as `align` has entries.
  const table: Table = { type: 'table', align: header.children.map(() => null),
    children: [header, ...body] };
  const counts = (['added', 'changed', 'removed'] as const)
    .map((kind) => `${rows.filter((r) => r.kind === kind).length} ${kind}`)
    .join(', ');
  return {
    type: 'blockquote',
    children: [
      {
        type: 'paragraph',
        children: [{ type: 'text', value: `From this Dockerfile to the final one: ${counts}.` }],
        data: { hName: 'figcaption' },
      },
      table as never,
    ],
    data: { hName: 'figure', hProperties: { className: ['wt-diff'] } },
  };
}
