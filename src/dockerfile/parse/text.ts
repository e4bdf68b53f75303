/**
 * Analyse stage, Dockerfile engine: the builder's line handling. Joins an instruction's physical
 * lines into the logical text the builder reads (continuations joined, comment lines inside a
 * continuation dropped) while remembering which Dockerfile line each piece came from, and splits
 * text into words the way the builder does for non-shell arguments. Browser-safe.
 */

/** A piece of joined text that starts at `offset` and came from Dockerfile line `line`. */
export interface LineSegment {
  offset: number;
  line: number;
}

/** Joined text plus where each of its pieces came from. */
export interface MappedText {
  text: string;
  segments: LineSegment[];
}

/**
 * The Dockerfile line of an offset in a mapped text. Newlines inside a segment (a heredoc body
 * kept whole) advance the line.
 */
export function lineAtOffset(mapped: MappedText, offset: number): number {
  let segment: LineSegment | undefined;
  for (const s of mapped.segments) {
    if (s.offset > offset) break;
    segment = s;
  }
  if (!segment) return mapped.segments[0]?.line ?? 1;
  let line = segment.line;
  const end = Math.min(offset, mapped.text.length);
  for (let i = segment.offset; i < end; i++) {
    if (mapped.text[i] === '\n') line++;
  }
  return line;
}

/** Same regexes as BuildKit's parser: `#` lines, and blank lines, vanish inside a continuation. */
const COMMENT_LINE = /^[ \t]*#/;
const BLANK_LINE = /^[ \t]*$/;

function escapeRegExp(ch: string): string {
  return ch.replace(/[\\^$.*+?()[\]{}|`]/g, '\\$&');
}

/**
 * Joins physical lines `first`..`last` (0-based indexes into `lines`) from column `column` of the
 * first line, as the builder does: the escape character at a line end (trailing blanks allowed)
 * joins the next line with nothing in between; comment and blank lines inside are skipped.
 * Stops at the first line that does not continue.
 */
export function joinContinuation(lines: readonly string[], first: number, last: number,
  column: number, escapeChar: string): MappedText {
  const continuation = new RegExp(`${escapeRegExp(escapeChar)}[ \\t]*$`);
  let text = '';
  const segments: LineSegment[] = [];
  for (let index = first; index <= last; index++) {
    const raw = lines[index] ?? '';
    if (index > first && (COMMENT_LINE.test(raw) || BLANK_LINE.test(raw))) continue;
    const piece = index === first ? raw.slice(column) : raw;
    const match = continuation.exec(piece);
    segments.push({ offset: text.length, line: index + 1 });
    if (match) {
      text += piece.slice(0, match.index);
      continue;
    }
    text += piece;
    break;
  }
  return { text, segments };
}

/** One word of an argument text, with quotes removed, and where it started in the text. */
export interface Word {
  value: string;
  start: number;
  end: number;
}

/**
 * Splits on blanks outside quotes and removes the quotes, the way the builder reads ENV, ARG,
 * LABEL and flags. The escape character protects the next character (except inside single
 * quotes); `$VAR` text is kept as written.
 */
export function splitWords(text: string, escapeChar: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
    if (i >= text.length) break;
    const start = i;
    let value = '';
    let quote: string | undefined;
    for (; i < text.length; i++) {
      const ch = text[i] ?? '';
      if (quote === undefined && /\s/.test(ch)) break;
      if (quote === "'") {
        if (ch === "'") quote = undefined;
        else value += ch;
      } else if (ch === escapeChar && i + 1 < text.length) {
        const next = text[i + 1] ?? '';
        // Inside double quotes only the characters the shell would escape lose their backslash.
        if (quote === '"' && !['"', escapeChar, '$', '`'].includes(next)) value += ch;
        value += next;
        i++;
      } else if (quote === '"') {
        if (ch === '"') quote = undefined;
        else value += ch;
      } else if (ch === '"' || ch === "'") {
        quote = ch;
      } else {
        value += ch;
      }
    }
    words.push({ value, start, end: i });
  }
  return words;
}
