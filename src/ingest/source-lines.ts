/**
 * Ingest stage, shared model for source repairs: a write-up as lines that remember which line of
 * the original file they came from, so every later diagnostic can point at `file.md:LINE`.
 */

/** One line of (possibly repaired) source text. */
export interface SourceLine {
  /** The text of the line, without its line ending. */
  text: string;
  /** 1-based line number in the original file; an inserted line takes the line it stands before. */
  origin: number;
}

/** What a source repair reports: where, what it found, and what it did about it. */
export interface SourceDiagnostic {
  /** 1-based line in the original file. */
  line: number;
  /** Stable id of the repair that reported it, e.g. `mojibake`. */
  ruleId: string;
  /** What was found, e.g. "mojibake `â‰ˆ` (UTF-8 read as Windows-1252)". */
  found: string;
  /** What was done about it, e.g. "replaced with `≈`". */
  action: string;
}

/** A repair takes the lines and returns new lines; it reports through `report`. */
export type SourceRepair = (
  lines: readonly SourceLine[],
  report: (diagnostic: SourceDiagnostic) => void,
) => SourceLine[];

/** Splits text into numbered lines (handles `\n`, `\r\n` and lone `\r`). */
export function toSourceLines(text: string): SourceLine[] {
  return text.split(/\r\n|\n|\r/).map((line, index) => ({ text: line, origin: index + 1 }));
}

/** Joins lines back into text with `\n`. */
export function fromSourceLines(lines: readonly SourceLine[]): string {
  return lines.map((line) => line.text).join('\n');
}
