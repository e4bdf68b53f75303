/**
 * Render stage, walkthroughs: what a walkthrough is, however it was made (authored with the
 * `walkthrough` directive, or inferred from a write-up's sections): a Dockerfile and the steps
 * that explain its lines.
 */
import type { RootContent } from 'mdast';

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

/** `1-3, 5` → [1, 2, 3, 5]; undefined when the text is not a list of lines and ranges. */
export function parseLineRanges(text: string): number[] | undefined {
  const lines = new Set<number>();
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    if (!match) return undefined;
    const start = Number(match[1]);
    const end = Number(match[2] ?? match[1]);
    if (start < 1 || end < start) return undefined;
    for (let line = start; line <= end; line++) lines.add(line);
  }
  return lines.size > 0 ? [...lines].sort((a, b) => a - b) : undefined;
}

/** [1, 2, 3, 5] → `1–3, 5` for captions. */
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
