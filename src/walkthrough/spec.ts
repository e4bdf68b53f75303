/**
 * Render stage, walkthroughs: what a walkthrough is, however it was made (authored with the
 * `walkthrough` directive, or inferred from a write-up's sections): a Dockerfile and the steps
 * that explain its lines.
 */
import type { RootContent } from 'mdast';
import { MAX_LINE_RANGES } from '../shared/limits.ts';

export interface StepSpec {
  /** Stable anchor of the step (`step-…`). */
  id: string;
  title: string;
  /** 1-based lines of the Dockerfile this step explains, sorted; may be empty. */
  lines: number[];
  /** The step's prose (Markdown nodes, moved from the write-up or written in the directive). */
  content: RootContent[];
  /** True when `content` already shows the step's lines (an excerpt put where a snippet was). */
  excerptInContent?: boolean;
  /**
   * `dockerfile`: read from the file, which the write-up's text does not explain (shown so);
   * absent: from the text.
   */
  source?: 'dockerfile' | undefined;
}

export interface WalkthroughSpec {
  /** The whole Dockerfile. */
  source: string;
  /** Where it came from, for the caption: a file path or "the write-up". */
  origin: string;
  steps: StepSpec[];
  /** How the walkthrough was made. */
  kind: 'authored' | 'inferred';
}

export type ParsedLineRanges =
  | { problem?: undefined; lines: number[] }
  | { problem: 'syntax' }
  | { problem: 'too-many' }
  | { problem: 'outside'; /** The first line past the end. */ line: number };

/**
 * `1-3, 5` → [1, 2, 3, 5]. Every number is checked against `lineCount` (the Dockerfile's length)
 * and the parts are counted (at most `MAX_LINE_RANGES`) before any range is expanded, so
 * `lines="1-100000000"` is one quick error, not a hundred million numbers.
 */
export function parseLineRanges(text: string, lineCount: number): ParsedLineRanges {
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return { problem: 'syntax' };
  if (parts.length > MAX_LINE_RANGES) return { problem: 'too-many' };
  const ranges: Array<[number, number]> = [];
  for (const part of parts) {
    const match = /^(\d{1,9})(?:\s*-\s*(\d{1,9}))?$/.exec(part);
    if (!match) return { problem: 'syntax' };
    const start = Number(match[1]);
    const end = Number(match[2] ?? match[1]);
    if (start < 1 || end < start) return { problem: 'syntax' };
    if (end > lineCount) {
      return { problem: 'outside', line: start > lineCount ? start : lineCount + 1 };
    }
    ranges.push([start, end]);
  }
  const lines = new Set<number>();
  for (const [start, end] of ranges) for (let line = start; line <= end; line++) lines.add(line);
  return { lines: [...lines].sort((a, b) => a - b) };
}

/** [1, 2, 3, 5] → `1–3, 5` for captions. */
/** "Line 19" or "Lines 11–14, 16": the label a step or an excerpt carries. */
export function describeLines(lines: readonly number[]): string {
  return `${lines.length === 1 ? 'Line' : 'Lines'} ${formatLineRanges(lines)}`;
}

export function formatLineRanges(lines: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const start = lines[i] ?? 0;
    let end = start;
    while (lines[i + 1] === end + 1) end = lines[++i] ?? end;
    parts.push(start === end ? `${start}` : `${start}–${end}`);
    i++;
  }
  return parts.join(', ');
}
