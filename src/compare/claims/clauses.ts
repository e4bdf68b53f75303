/**
 * Analyse stage, comparisons: cuts prose into sentences and a sentence into clauses, the scopes
 * inside which a size is matched to the image it is about. Works on the Markdown source of a
 * paragraph, so offsets map back to file lines; code spans are kept whole and never split.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Clause extends Span {
  /** Parenthesis depth: `(~50MB)` after "python:3.13-alpine is even smaller" is depth 1. */
  depth: number;
}

/** Code spans (`` `python:3.13-slim` ``), by the CommonMark rule of equal backtick runs. */
export function codeSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(/(`+)[\s\S]*?(?<!`)\1(?!`)/g)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

export function inside(spans: readonly Span[], at: number): boolean {
  return spans.some((span) => at >= span.start && at < span.end);
}

/**
 * Where a sentence ends: `.`, `!` or `?` followed by white space (so `3.13`, `etc.)` and `.pyc`
 * do not end one); a line break after a colon, where a label or a lead-in ends; a hard line
 * break (`\` or two spaces at the end of a line), which sets the next line apart as a reader
 * sees it ("Distroless one: 203 MB\" then "Default one: 183 MB"); and a line break before a
 * label line (`Default one: 183 MB`), which is a line of its own even without a hard break.
 */
const SENTENCE_END = new RegExp([
  String.raw`[.!?]+(?=\s)`,
  String.raw`:(?=[ \t]*\r?\n)`,
  String.raw`\\(?=\r?\n)`,
  String.raw` {2,}(?=\r?\n)`,
  String.raw`\r?\n(?=[ \t]*[*_]*\p{Lu}[\p{L}\p{N} '’-]{0,40}[*_]*:[ \t])`,
].join('|'), 'gu');

export function splitSentences(text: string): Span[] {
  const code = codeSpans(text);
  const sentences: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    if (inside(code, match.index)) continue;
    const end = match.index + match[0].length;
    sentences.push({ start, end });
    start = end;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences.filter((span) => text.slice(span.start, span.end).trim() !== '');
}

/**
 * Clauses: split at commas (not `5,5`), semicolons, a colon before a space (not `python:3.13`),
 * spaced dashes, table pipes, and at both sides of a parenthesis.
 */
export function splitClauses(text: string): Clause[] {
  const code = codeSpans(text);
  const clauses: Clause[] = [];
  let start = 0;
  let depth = 0;
  const cut = (end: number, next: number, nextDepth: number) => {
    if (end > start) clauses.push({ start, end, depth });
    start = next;
    depth = Math.max(0, nextDepth);
  };
  for (let at = 0; at < text.length; at++) {
    if (inside(code, at)) continue;
    const ch = text[at] ?? '';
    const before = text[at - 1] ?? '';
    const after = text[at + 1] ?? '';
    if (ch === '(') cut(at, at + 1, depth + 1);
    else if (ch === ')') cut(at, at + 1, depth - 1);
    else if (ch === ',' && !(/\d/.test(before) && /\d/.test(after))) cut(at, at + 1, depth);
    else if (ch === ';' || ch === '|' || (ch === ':' && /\s/.test(after))) cut(at, at + 1, depth);
    else if (/[-–—]/.test(ch) && before === ' ' && after === ' ') cut(at, at + 1, depth);
  }
  cut(text.length, text.length, depth);
  return clauses;
}
