/**
 * Analyse stage, walkthroughs: the change between two versions of one Dockerfile (a write-up's
 * "typical" first try and its hardened final version), as rows a side-by-side diff can show.
 *
 * Rows are logical instructions (continuations joined, comments and blank lines dropped), aligned
 * in order by a weighted longest common subsequence: an identical pair scores 2000, a changed
 * pair 1000 plus its token overlap (×1000), so identical instructions anchor the alignment and
 * every similar pair still beats leaving both sides unpaired.
 *
 * Rows never cross: each side reads top to bottom, as a side-by-side view needs. When an
 * instruction moved past others (the vote service's `COPY . /app` now comes after WORKDIR and
 * the pip install), it cannot be paired without breaking that order, so it shows as removed
 * where it was and added where it is now; both rows then carry a note naming the other line
 * ("moved to line 18 as `COPY . .`"), the only notes on rows that are not `changed`.
 * Browser-safe.
 */
import type { DockerfileModel } from '../../dockerfile/model.ts';
import { parseDockerfile } from '../../dockerfile/parse/parse-dockerfile.ts';
import { align } from './align.ts';
import { describeChange, snippet } from './describe-change.ts';
import { logicalInstructions, similarity, type LogicalInstruction } from './logical.ts';

export type DiffKind = 'same' | 'added' | 'removed' | 'changed';

export interface DiffSide {
  line: number;
  endLine: number;
  /** The logical instruction on one line (continuations joined, comment lines dropped). */
  text: string;
}

export interface DiffRow {
  kind: DiffKind;
  /** Lines (1-based, inclusive range) in `before`; undefined for added rows. */
  before?: DiffSide;
  /** Lines in `after`; undefined for removed rows. */
  after?: DiffSide;
  /**
   * For changed rows: a one-line description read off the arguments ("added `--no-cache-dir`").
   * For a removed and an added row that are one moved instruction: where it went, or came from.
   */
  note?: string;
}

/** Least token overlap (Jaccard) for two instructions of one keyword to count as one, changed. */
export const MIN_OVERLAP = 0.5;

/**
 * Instructions a Dockerfile has once per image: when each side has exactly one, they are the
 * same instruction whatever their arguments (`FROM python:alpine` and `FROM python:3.13-slim`).
 */
const ONCE_PER_IMAGE = new Set(['FROM', 'WORKDIR', 'USER', 'CMD', 'ENTRYPOINT']);

type Relation = { kind: 'same' | 'changed'; score: number } | undefined;

function keywordCounts(list: readonly LogicalInstruction[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const li of list) {
    const keyword = li.instruction.keyword;
    counts.set(keyword, (counts.get(keyword) ?? 0) + 1);
  }
  return counts;
}

type Relate = (b: LogicalInstruction, a: LogicalInstruction) => Relation;

function relate(before: readonly LogicalInstruction[],
  after: readonly LogicalInstruction[]): Relate {
  const beforeCounts = keywordCounts(before);
  const afterCounts = keywordCounts(after);
  return (b, a) => {
    const keyword = b.instruction.keyword;
    if (keyword !== a.instruction.keyword) return undefined;
    if (b.key === a.key) return { kind: 'same', score: 2000 };
    const overlap = similarity(b, a);
    const alone = ONCE_PER_IMAGE.has(keyword) && beforeCounts.get(keyword) === 1 &&
      afterCounts.get(keyword) === 1;
    if (overlap < MIN_OVERLAP && !alone) return undefined;
    return { kind: 'changed', score: 1000 + Math.min(999, Math.round(overlap * 1000)) };
  };
}

function side(li: LogicalInstruction): DiffSide {
  return { line: li.instruction.line, endLine: li.instruction.endLine, text: li.text };
}

/**
 * Gives a removed row and an added row that are one instruction in a new place (same keyword,
 * similar arguments) notes pointing at each other; the closest candidate wins.
 */
function noteMoves(rows: DiffRow[], removed: ReadonlyMap<DiffRow, LogicalInstruction>,
  added: ReadonlyMap<DiffRow, LogicalInstruction>,
  relation: Relate): void {
  const free = new Set(added.keys());
  for (const [row, b] of removed) {
    let best: { row: DiffRow; a: LogicalInstruction; score: number; distance: number } | undefined;
    for (const candidate of free) {
      const a = added.get(candidate);
      const found = a && relation(b, a);
      if (!a || !found) continue;
      const distance = Math.abs(rows.indexOf(candidate) - rows.indexOf(row));
      if (!best || found.score > best.score ||
        (found.score === best.score && distance < best.distance)) {
        best = { row: candidate, a, score: found.score, distance };
      }
    }
    if (!best) continue;
    free.delete(best.row);
    const identical = b.key === best.a.key;
    row.note = `moved to line ${best.a.instruction.line}` +
      (identical ? '' : ` as \`${snippet(best.a.text)}\``);
    best.row.note = `moved from line ${b.instruction.line}` +
      (identical ? '' : ` (was \`${snippet(b.text)}\`)`);
  }
}

/** The diff of two parsed Dockerfiles (for callers that already hold the models). */
export function diffDockerfileModels(beforeModel: DockerfileModel,
  afterModel: DockerfileModel): DiffRow[] {
  const before = logicalInstructions(beforeModel);
  const after = logicalInstructions(afterModel);
  const relation = relate(before, after);
  const rows: DiffRow[] = [];
  const removed = new Map<DiffRow, LogicalInstruction>();
  const added = new Map<DiffRow, LogicalInstruction>();
  for (const step of align(before, after, (b, a) => relation(b, a)?.score)) {
    const b = step.a === undefined ? undefined : before[step.a];
    const a = step.b === undefined ? undefined : after[step.b];
    if (b && a) {
      const same = relation(b, a)?.kind === 'same';
      rows.push(same ? { kind: 'same', before: side(b), after: side(a) }
        : { kind: 'changed', before: side(b), after: side(a), note: describeChange(b, a) });
    } else if (b) {
      const row: DiffRow = { kind: 'removed', before: side(b) };
      removed.set(row, b);
      rows.push(row);
    } else if (a) {
      const row: DiffRow = { kind: 'added', after: side(a) };
      added.set(row, a);
      rows.push(row);
    }
  }
  noteMoves(rows, removed, added, relation);
  return rows;
}

/** The diff of two Dockerfile texts, one row per logical instruction, in order on both sides. */
export function diffDockerfiles(before: string, after: string): DiffRow[] {
  return diffDockerfileModels(parseDockerfile(before), parseDockerfile(after));
}
