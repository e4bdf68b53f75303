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

/** Index of the last entry of `sorted` that is <= `value` (-1 when none): a binary search. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? 0) > value) high = mid;
    else low = mid + 1;
  }
  return low - 1;
}

/**
 * Maps offsets of a mapped text to Dockerfile lines. Newlines inside a segment (a heredoc body
 * kept whole) advance the line. Built once per text (one pass over it), then each offset costs a
 * binary search: a script of 20 000 commands asks for 20 000 lines, and scanning the text from
 * its segment start each time made that quadratic.
 */
export function lineLocator(mapped: MappedText): (offset: number) => number {
  const segmentOffsets = mapped.segments.map((s) => s.offset);
  const newlines: number[] = [];
  for (let i = mapped.text.indexOf('\n'); i >= 0; i = mapped.text.indexOf('\n', i + 1)) {
    newlines.push(i);
  }
  return (offset) => {
    const segment = mapped.segments[lastAtOrBefore(segmentOffsets, offset)];
    if (!segment) return mapped.segments[0]?.line ?? 1;
    const end = Math.min(offset, mapped.text.length);
    if (end <= segment.offset) return segment.line;
    // Newlines at positions segment.offset .. end - 1.
    return segment.line + lastAtOrBefore(newlines, end - 1) -
      lastAtOrBefore(newlines, segment.offset - 1);
  };
}

/** Same regexes as BuildKit's parser: `#` lines, and blank lines, vanish inside a continuation. */
const COMMENT_LINE = /^[ \t]*#/;
const BLANK_LINE = /^[ \t]*$/;

/** The escape character at a line end, trailing blanks allowed; one regex per escape character. */
const CONTINUATION: Record<string, RegExp> = { '\\': /\\[ \t]*$/, '`': /`[ \t]*$/ };

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
  const continuation = CONTINUATION[escapeChar] ??
    new RegExp(`${escapeRegExp(escapeChar)}[ \\t]*$`);
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

const UNICODE_SPACE = /\s/;

/** `/\s/` for one UTF-16 code unit, without a regex for ASCII. */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return UNICODE_SPACE.test(String.fromCharCode(code));
}

/** Index of the first non-blank character at or after `from` (the text length if none). */
export function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

const SQUOTE = 39;
const DQUOTE = 34;

/**
 * Reads the word that starts at `start` (a non-blank character): up to the next blank outside
 * quotes, quotes removed. The escape character protects the next character (except inside single
 * quotes); inside double quotes only the characters the shell would escape lose it.
 */
export function readWord(text: string, start: number, escapeChar: string): Word {
  const escape = escapeChar.charCodeAt(0);
  const length = text.length;
  let value = '';
  // Characters from `run` to `i` are copied as they are; quotes and escapes end a run.
  let run = start;
  let quote = 0;
  let i = start;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (quote === 0 && isSpace(code)) break;
    if (quote === SQUOTE) {
      if (code === SQUOTE) {
        value += text.slice(run, i);
        run = i + 1;
        quote = 0;
      }
    } else if (code === escape && i + 1 < length) {
      const next = text.charCodeAt(i + 1);
      const kept = quote === DQUOTE && next !== DQUOTE && next !== escape && next !== 36 &&
        next !== 96;
      if (!kept) {
        value += text.slice(run, i);
        run = i + 1;
      }
      i++;
    } else if (quote === DQUOTE) {
      if (code === DQUOTE) {
        value += text.slice(run, i);
        run = i + 1;
        quote = 0;
      }
    } else if (code === DQUOTE || code === SQUOTE) {
      value += text.slice(run, i);
      run = i + 1;
      quote = code;
    }
  }
  value += text.slice(run, i);
  return { value, start, end: i };
}

/**
 * Splits on blanks outside quotes and removes the quotes, the way the builder reads ENV, ARG,
 * LABEL and flags (see `readWord`); `$VAR` text is kept as written.
 */
export function splitWords(text: string, escapeChar: string): Word[] {
  const words: Word[] = [];
  for (let i = skipSpaces(text, 0); i < text.length; i = skipSpaces(text, i)) {
    const word = readWord(text, i, escapeChar);
    words.push(word);
    i = word.end;
  }
  return words;
}
