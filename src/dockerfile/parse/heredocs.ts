/**
 * Analyse stage, Dockerfile engine: the heredocs of one instruction (`RUN <<EOF`, `COPY <<-"X"
 * /f`). A line-for-line port of what dockerfile-ast 0.7's instruction objects do for them
 * (`getRawArguments`, the flag skipping of `ModifiableInstruction`, `Onbuild`'s trigger,
 * `getHeredocs`, `getNameRange`, `getName`, `getDelimiterRange`), so names, quoting, `<<-` and
 * escaped line breaks behave exactly as before, without loading dockerfile-ast (a third of the
 * browser bundle). Offsets are those dockerfile-ast ends up with after its position round trips
 * (`LineIndex.normalize`). `tests/unit/dockerfile/parse/heredocs.test.ts` compares it with
 * dockerfile-ast. The scanner calls this only for instructions whose text holds two `<`.
 * Browser-safe.
 */
import type { LineIndex } from './line-index.ts';

/** Where the scanner found an instruction: offsets into the text, and the keyword as written. */
export interface InstructionSpan {
  rawKeyword: string;
  start: number;
  /** End of the keyword (dockerfile-ast's instruction range). */
  keywordEnd: number;
  /** End of the instruction: the line break that ends it, or the end of the text. */
  end: number;
}

/** A heredoc as dockerfile-ast reports it, in 0-based lines. */
export interface ScannedHeredoc {
  name: string;
  /** Line of the `<<NAME` word. */
  startLine: number;
  /** First and last line of the body; undefined when dockerfile-ast found no body. */
  body: { line: number; endLine: number } | undefined;
  /** Line of the closing delimiter; undefined when unterminated. */
  delimiterLine: number | undefined;
}

/** An argument: its value with escapes removed, and its (normalized) offsets. */
interface Arg {
  value: string;
  start: number;
  end: number;
}

const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
}

/** Whether `text[from, to)` holds two `<`: no argument can start with `<<` otherwise. */
function mayHoldHeredoc(text: string, from: number, to: number): boolean {
  let seen = 0;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === 60 && ++seen === 2) return true;
  }
  return false;
}

/** dockerfile-ast's `Instruction.getRawArguments`: the words after the keyword. */
function rawArguments(index: LineIndex, escapeChar: string, span: InstructionSpan): Arg[] {
  const args: Arg[] = [];
  const from = index.normalize(span.start);
  const content = index.text.substring(from, index.normalize(span.end));
  const extra = index.normalize(span.keywordEnd) - from;
  const fullArgs = content.substring(extra);
  const offset = from + extra;
  const push = (value: string, start: number, end: number) => {
    args.push({ value, start: index.normalize(offset + start),
      end: index.normalize(offset + end) });
  };
  let start = false;
  let comment = false;
  let found = -1;
  // A blank that belongs to an escaped line break, and whether one is being read.
  let escapedWhitespaceDetected = false;
  let escaping = false;
  let escapeMarker = -1;
  let escapedArg = '';
  for (let i = 0; i < fullArgs.length; i++) {
    const char = fullArgs.charAt(i);
    if (isBlank(char)) {
      if (escaping) {
        escapedWhitespaceDetected = true;
        if (char === '\r' || char === '\n') {
          escapedWhitespaceDetected = false;
          if (comment) {
            comment = false;
            start = true;
          }
        }
        continue;
      } else if (found !== -1) {
        push(escapedArg, found, escapeMarker === -1 ? i : escapeMarker);
        escapeMarker = -1;
        escapedArg = '';
        found = -1;
      }
    } else if (char === escapeChar) {
      const next = fullArgs.charAt(i + 1);
      if (next === ' ' || next === '\t') {
        for (let j = i + 2; j < fullArgs.length; j++) {
          const c = fullArgs.charAt(j);
          if (c === ' ' || c === '\t') continue;
          if (c === '\r' || c === '\n') {
            comment = false;
            escaping = true;
            start = true;
            if (found !== -1) escapeMarker = i;
            // `\r` skips one more character (meant for `\r\n`).
            i = c === '\r' ? j + 1 : j;
          } else {
            escapeMarker = i;
            if (found === -1) i = j - 1;
          }
          break;
        }
      } else if (next === '\r' || next === '\n') {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i += next === '\r' ? 2 : 1;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          push(escapedArg, found, escapeMarker);
          escapedArg = '';
          found = -1;
        }
        escapeMarker = -1;
        escapedWhitespaceDetected = false;
        escaping = false;
        if (next === '$') {
          escapedArg = escapedArg + char + next;
        } else if (next === '') {
          break;
        } else {
          escapedArg = escapedArg + next;
        }
        if (found === -1) found = i;
        i++;
      }
    } else if (!comment) {
      if (start && char === '#') {
        comment = true;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          push(escapedArg, found, escapeMarker);
          escapedArg = '';
          found = -1;
        }
        escapedWhitespaceDetected = false;
        escaping = false;
        escapeMarker = -1;
        escapedArg = escapedArg + char;
        if (found === -1) found = i;
      }
      start = false;
    }
  }
  if (found !== -1) push(escapedArg, found, escapeMarker === -1 ? fullArgs.length : escapeMarker);
  return args;
}

/**
 * `ModifiableInstruction.getArguments` (RUN, COPY, ADD): leading words holding `--` are read as
 * flags until one without `--`; as many words as there were flags are dropped from the front.
 */
function withoutFlags(args: readonly Arg[]): Arg[] {
  let flags = 0;
  for (const arg of args) {
    if (!arg.value.includes('--')) break;
    if (arg.value.startsWith('--')) flags++;
  }
  return args.slice(flags);
}

/** The arguments of a RUN, COPY or ADD (or of one an ONBUILD triggers); undefined otherwise. */
function heredocArguments(index: LineIndex, escapeChar: string,
  span: InstructionSpan): Arg[] | undefined {
  let target = span;
  if (span.rawKeyword.toUpperCase() === 'ONBUILD') {
    // `Onbuild.getTriggerInstruction`: from the first word to the end of the ONBUILD.
    const trigger = rawArguments(index, escapeChar, span)[0];
    if (!trigger) return undefined;
    target = { rawKeyword: index.text.substring(trigger.start, trigger.end), start: trigger.start,
      keywordEnd: trigger.end, end: span.end };
  }
  if (!HEREDOC_KEYWORDS.has(target.rawKeyword.toUpperCase())) return undefined;
  return withoutFlags(rawArguments(index, escapeChar, target));
}

/** dockerfile-ast's `Util.parseHeredocName`: the delimiter of a `<<…` word, or null. */
function parseHeredocName(word: string): string | null {
  let value = word.substring(2);
  if (value.startsWith('-')) value = value.substring(1);
  for (const quote of ['"', "'"]) {
    if (value.startsWith(quote)) {
      if (!value.endsWith(quote)) return null;
      value = value.substring(1, value.length - 1);
    }
  }
  return value.startsWith('<') ? null : value;
}

/**
 * The heredoc delimiters that decide where an instruction ends (dockerfile-ast's
 * `processHeredocs`): `span.end` is the first line break that is not escaped.
 */
export function heredocDelimiters(index: LineIndex, escapeChar: string,
  span: InstructionSpan): { names: string[]; tabbed: boolean } {
  const none = { names: [], tabbed: false };
  const upper = span.rawKeyword.toUpperCase();
  if (!HEREDOC_KEYWORDS.has(upper) && upper !== 'ONBUILD') return none;
  if (!mayHoldHeredoc(index.text, span.keywordEnd, span.end)) return none;
  const args = heredocArguments(index, escapeChar, span);
  if (!args) return none;
  const names: string[] = [];
  let tabbed = false;
  for (const { value } of args) {
    if (!value.startsWith('<<') || value.length <= 2) continue;
    if (value.startsWith('<<-')) tabbed = true;
    const name = parseHeredocName(value);
    if (name !== null) names.push(name);
  }
  return { names, tabbed };
}

/** Reads the heredocs of one RUN, COPY or ADD as dockerfile-ast's `Instruction.getHeredocs`. */
class HeredocReader {
  readonly index: LineIndex;
  readonly text: string;
  readonly escapeChar: string;

  constructor(index: LineIndex, escapeChar: string) {
    this.index = index;
    this.text = index.text;
    this.escapeChar = escapeChar;
  }

  /** `getNameRange`: where the name sits in a `<<NAME` word (normalized offsets). */
  nameRange(arg: Arg): { start: number; end: number } {
    const content = this.text.substring(arg.start, arg.end);
    let endFound = false;
    let searchHyphen = false;
    let start = -1;
    let end = -1;
    let escaping = false;
    let quote: string | null = null;
    contentLoop: for (let i = 0; i < content.length; i++) {
      const ch = content.charAt(i);
      if (ch === '"' || ch === "'") {
        if (quote === ch) break;
        quote = ch;
        continue;
      }
      if (ch === this.escapeChar) {
        if (content.indexOf('\n', i + 1) !== -1) escaping = true;
        continue;
      }
      if (isBlank(ch)) continue;
      if (ch === '<') {
        if (endFound) searchHyphen = true;
        else endFound = true;
        continue;
      }
      if (ch === '-' && searchHyphen) {
        searchHyphen = false;
        continue;
      }
      if ((ch === '-' || ch === '#') && escaping) {
        const newline = content.indexOf('\n', i + 1);
        if (newline !== -1) {
          i = newline;
          continue contentLoop;
        }
      }
      if (start === -1) start = i;
      if (quote === null) break;
      end = i + 1;
    }
    if (start === -1) return { start: arg.end, end: arg.end };
    return {
      start: this.index.normalize(arg.start + start),
      end: quote !== null ? this.index.normalize(arg.start + end) : arg.end,
    };
  }

  /** `getName`: the name's text with escaped line breaks (and comment lines) taken out. */
  name(range: { start: number; end: number }): string {
    const content = this.text.substring(range.start, range.end);
    let escaping = false;
    let name = '';
    nameLoop: for (let i = 0; i < content.length; i++) {
      const ch = content.charAt(i);
      if (ch === this.escapeChar) {
        escaping = true;
        for (let j = i + 1; j < content.length; j++) {
          const next = content.charAt(j);
          if (next === ' ' || next === '\t') continue;
          if (next === '\r') i = j + 1;
          else if (next === '\n') i = j;
          else {
            name += next;
            i = j;
          }
          continue nameLoop;
        }
        continue;
      }
      if (ch === '#' && escaping) {
        const newline = content.indexOf('\n', i + 1);
        if (newline !== -1) {
          i = newline;
          continue;
        }
      }
      if ((ch === '#' || isBlank(ch)) && escaping) continue;
      name += ch;
    }
    return name;
  }

  /** `getDelimiterRange`: the line of `[from, to)` when it is the closing delimiter. */
  delimiterLine(arg: Arg, name: string, from: number, to: number): number | undefined {
    const text = this.text.substring(this.index.normalize(from), this.index.normalize(to));
    let index = 0;
    if (arg.value.startsWith('<<-')) {
      while (text.charAt(index) === '\t') index++;
    }
    return text.substring(index) === name ? this.index.lineAt(from) : undefined;
  }

  heredoc(arg: Arg, body: ScannedHeredoc['body'], delimiterLine?: number): ScannedHeredoc {
    return { name: this.name(this.nameRange(arg)), startLine: this.index.lineAt(arg.start), body,
      delimiterLine };
  }

  /** `createSingleLineHeredocs`: the `<<NAME` words alone, without bodies. */
  singleLine(args: readonly Arg[]): ScannedHeredoc[] {
    return args.filter((a) => a.value.startsWith('<<') && parseHeredocName(a.value) !== null)
      .map((a) => this.heredoc(a, undefined));
  }

  read(span: InstructionSpan, args: readonly Arg[]): ScannedHeredoc[] {
    const first = args[0];
    if (!first) return [];
    const { index } = this;
    if (index.lineAt(span.start) === index.lineAt(span.end)) return this.singleLine(args);
    const lines = (from: number, to: number) => ({ line: index.lineAt(from),
      endLine: index.lineAt(to) });
    const heredocs: ScannedHeredoc[] = [];
    const definitions: Arg[] = [];
    let processed = false;
    let escaping = false;
    let contentStart = -1;
    let contentEnd = -1;
    let lineStart = -1;
    let current = 0;
    const startOffset = first.start;
    const content = this.text.substring(startOffset, index.normalize(span.end));
    contentLoop: for (let i = 0; i < content.length; i++) {
      const ch = content.charAt(i);
      if (ch === this.escapeChar) {
        escaping = true;
        for (let j = i + 1; j < content.length; j++) {
          const next = content.charAt(j);
          if (next === ' ' || next === '\t') continue;
          i = next === '\r' ? j + 1 : j;
          continue contentLoop;
        }
        continue;
      }
      if (ch === '\r') continue;
      if (ch === '\n') {
        if (escaping) continue;
        if (!processed) {
          // The first line break that is not escaped: the heredocs are the `<<` words before it.
          for (const arg of args) {
            if (arg.start >= startOffset + i) break;
            if (arg.value.startsWith('<<')) definitions.push(arg);
          }
          processed = true;
          lineStart = -1;
          continue;
        }
        if (contentStart === -1) contentStart = i;
        contentEnd = i;
        const arg = definitions[current];
        if (!arg) break;
        const delimiter = this.delimiterLine(arg, this.name(this.nameRange(arg)),
          startOffset + lineStart, startOffset + i);
        if (delimiter !== undefined) {
          heredocs.push(this.heredoc(arg,
            lines(startOffset + contentStart, startOffset + lineStart - 1), delimiter));
          contentStart = -1;
          current++;
        }
        lineStart = -1;
        continue;
      }
      if ((ch === ' ' || ch === '\t') && escaping) continue;
      if (ch === '#' && escaping) {
        const newline = content.indexOf('\n', i + 1);
        if (newline !== -1) {
          i = newline;
          continue;
        }
      }
      escaping = false;
      if (processed) {
        if (contentStart === -1) contentStart = i;
        if (lineStart === -1) lineStart = i;
      }
    }
    if (!processed) return this.singleLine(args);
    const last = definitions[current];
    if (!last) return heredocs;
    const delimiter = this.delimiterLine(last, this.name(this.nameRange(last)),
      startOffset + lineStart, span.end);
    let body: ScannedHeredoc['body'];
    if (delimiter === undefined) body = lines(startOffset + contentStart, span.end);
    else if (contentEnd !== -1) body = lines(startOffset + contentStart, startOffset + contentEnd);
    heredocs.push(this.heredoc(last, body, delimiter));
    for (const rest of definitions.slice(current + 1)) heredocs.push(this.heredoc(rest, undefined));
    return heredocs;
  }
}

/** The heredocs of a RUN, COPY or ADD, as dockerfile-ast's `getHeredocs` reports them. */
export function instructionHeredocs(index: LineIndex, escapeChar: string,
  span: InstructionSpan): ScannedHeredoc[] {
  if (!HEREDOC_KEYWORDS.has(span.rawKeyword.toUpperCase())) return [];
  if (!mayHoldHeredoc(index.text, span.keywordEnd, span.end)) return [];
  const args = heredocArguments(index, escapeChar, span) ?? [];
  return new HeredocReader(index, escapeChar).read(span, args);
}
