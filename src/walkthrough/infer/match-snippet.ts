/**
 * Analyse stage, walkthroughs: finds the instructions of a whole Dockerfile that a snippet of it
 * shows. Write-ups quote their Dockerfile loosely — a flag dropped, a version written out instead
 * of `${VAR}`, three lines of a long RUN — so instructions are compared as normalized logical
 * text first, then by token overlap, then as a part of a longer multi-line instruction.
 */
import type { DockerfileModel, Variable } from '../../dockerfile/model.ts';
import { parseDockerfile } from '../../dockerfile/parse/parse-dockerfile.ts';
import {
  comparable, defaultValues, isSubsequence, LINE_BREAK, similarity, type Comparable,
} from './comparable.ts';

/** Below this token overlap, two instructions with one keyword are different instructions. */
export const SIMILARITY_THRESHOLD = 0.6;

/** A whole Dockerfile, parsed once and matched against many snippets. */
export interface PreparedWhole {
  model: DockerfileModel;
  lines: string[];
  vars: ReadonlyMap<string, Variable>;
  /** One per `model.instructions`, same order. */
  instructions: Comparable[];
}

export function prepareWhole(source: string): PreparedWhole {
  const model = parseDockerfile(source);
  const lines = source.split(LINE_BREAK);
  const vars = defaultValues(model.variables);
  const instructions = model.instructions.map((i) => comparable(model, lines, i, vars));
  return { model, lines, vars, instructions };
}

/** One instruction of a snippet that matches nothing (a continued `RUN` is one miss). */
export interface SnippetMiss {
  /** 0-based line within the snippet where the instruction starts. */
  offset: number;
  /** Its first line, trimmed. */
  text: string;
}

export interface SnippetMatches {
  /** Indices of the matched whole instructions, one per matched snippet instruction. */
  instructions: number[];
  /** Every physical line of the matched instructions, sorted. */
  lines: number[];
  unmatched: SnippetMiss[];
}

interface Candidate {
  target: Comparable;
  score: number;
}

function partOf(s: Comparable, c: Comparable): number | undefined {
  // Only a long instruction is quoted in part; a one-liner is quoted whole or not at all.
  if (c.endLine === c.line) return undefined;
  const sameStart = s.keyword === c.keyword && s.words.length > 0 && s.words[0] === c.words[0];
  if (sameStart && isSubsequence(s.words, c.words)) return similarity(s.tokens, c.tokens);
  // Continuation lines without their first line parse as a bogus instruction: compare lines.
  if (s.physical.length > 0 && isSubsequence(s.physical, c.physical)) {
    return s.physical.length / c.physical.length;
  }
  return undefined;
}

function candidates(whole: PreparedWhole, s: Comparable): Candidate[] {
  const exact = whole.instructions.filter((c) => c.text === s.text);
  if (exact.length > 0) return exact.map((target) => ({ target, score: 1 }));
  const similar: Candidate[] = [];
  for (const target of whole.instructions) {
    if (target.keyword !== s.keyword) continue;
    const score = similarity(s.tokens, target.tokens);
    if (score >= SIMILARITY_THRESHOLD) similar.push({ target, score });
  }
  if (similar.length > 0) return similar;
  const parts: Candidate[] = [];
  for (const target of whole.instructions) {
    const score = partOf(s, target);
    if (score !== undefined) parts.push({ target, score });
  }
  return parts;
}

/**
 * The best candidate. Equal scores happen when the whole file repeats an instruction (`COPY . .`
 * in two stages): then the one after the snippet's previous match reads on from it, and one no
 * other snippet claimed yet spreads repeated quotes over the repeats, in file order.
 */
function pick(found: Candidate[], claimed: ReadonlySet<number>,
  after: number): Comparable | undefined {
  const rank = (c: Comparable): number => {
    const follows = c.line > after;
    const free = !claimed.has(c.index);
    if (follows && free) return 0;
    if (follows) return 1;
    return free ? 2 : 3;
  };
  const sorted = [...found].sort((a, b) => b.score - a.score
    || rank(a.target) - rank(b.target) || a.target.line - b.target.line);
  return sorted[0]?.target;
}

/**
 * Matches each instruction of `snippet` on its own; `claimed` (whole instruction indices) is
 * read to break ties and updated with this snippet's matches.
 */
export function matchAgainst(whole: PreparedWhole, snippet: string,
  claimed: Set<number>): SnippetMatches {
  const model = parseDockerfile(snippet);
  const lines = snippet.split(LINE_BREAK);
  // The whole file's defaults win; the snippet's own only fill names the whole never declares.
  const vars = new Map([...defaultValues(model.variables), ...whole.vars]);
  const matched: number[] = [];
  const covered = new Set<number>();
  const unmatched: SnippetMiss[] = [];
  let after = 0;
  for (const instruction of model.instructions) {
    const s = comparable(model, lines, instruction, vars);
    // Nothing but an elision (`...`): the author skipped lines on purpose.
    if (s.physical.length === 0) continue;
    const target = pick(candidates(whole, s), claimed, after);
    if (target === undefined) {
      const offset = s.offsets[0]!;
      unmatched.push({ offset, text: (lines[offset] ?? '').trim() });
      continue;
    }
    claimed.add(target.index);
    matched.push(target.index);
    after = target.endLine;
    for (let n = target.line; n <= target.endLine; n++) covered.add(n);
  }
  return { instructions: matched, lines: [...covered].sort((a, b) => a - b), unmatched };
}

/** Which lines of `whole` the snippet shows, and the snippet lines that show nothing of it. */
export function matchSnippet(whole: string, snippet: string): {
  lines: number[];
  unmatched: Array<{ offset: number; text: string }>;
} {
  const { lines, unmatched } = matchAgainst(prepareWhole(whole), snippet, new Set());
  return { lines, unmatched };
}
