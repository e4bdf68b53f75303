/**
 * Analyse stage, Dockerfile engine: the heredocs of one instruction (`RUN <<EOF`, `COPY <<-"X"
 * /f`), read by dockerfile-ast's own instruction objects so that names, quoting, `<<-` and escaped
 * line breaks behave exactly as before. The scanner (`scan.ts`) calls this only for instructions
 * whose text holds at least two `<`, so the costly objects are built for heredocs alone.
 * Browser-safe.
 */
import { Add, Copy, Onbuild, Run } from 'dockerfile-ast';
import type { Instruction as AstInstruction } from 'dockerfile-ast';
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

type AstDockerfile = ConstructorParameters<typeof Run>[2];
/** The Dockerfile back-reference only serves variable lookups, which are never made here. */
const NO_DOCKERFILE = undefined as unknown as AstDockerfile;

const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

/** Whether `text[from, to)` holds two `<`: no argument can start with `<<` otherwise. */
function mayHoldHeredoc(text: string, from: number, to: number): boolean {
  let seen = 0;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === 60 && ++seen === 2) return true;
  }
  return false;
}

/** dockerfile-ast's instruction object for a span (the classes its parser would pick). */
function astInstruction(index: LineIndex, escapeChar: string,
  span: InstructionSpan): AstInstruction | undefined {
  const start = index.positionAt(span.start);
  const range = { start, end: index.positionAt(span.end) };
  const keywordRange = { start, end: index.positionAt(span.keywordEnd) };
  const args = [index, range, NO_DOCKERFILE, escapeChar, span.rawKeyword, keywordRange] as const;
  switch (span.rawKeyword.toUpperCase()) {
    case 'RUN': return new Run(...args);
    case 'COPY': return new Copy(...args);
    case 'ADD': return new Add(...args);
    case 'ONBUILD': return new Onbuild(...args);
    default: return undefined;
  }
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
  let instruction = astInstruction(index, escapeChar, span);
  if (instruction instanceof Onbuild) {
    instruction = instruction.getTriggerInstruction() ?? undefined;
  }
  if (!instruction || !HEREDOC_KEYWORDS.has(instruction.getKeyword())) return none;
  const names: string[] = [];
  let tabbed = false;
  for (const arg of instruction.getArguments()) {
    const value = arg.getValue();
    if (!value.startsWith('<<') || value.length <= 2) continue;
    if (value.startsWith('<<-')) tabbed = true;
    const name = parseHeredocName(value);
    if (name !== null) names.push(name);
  }
  return { names, tabbed };
}

/** The heredocs of a RUN, COPY or ADD, as dockerfile-ast's `getHeredocs` reports them. */
export function instructionHeredocs(index: LineIndex, escapeChar: string,
  span: InstructionSpan): ScannedHeredoc[] {
  if (!HEREDOC_KEYWORDS.has(span.rawKeyword.toUpperCase())) return [];
  if (!mayHoldHeredoc(index.text, span.keywordEnd, span.end)) return [];
  // getHeredocs is public on Run and Copy only, but Add inherits the same implementation.
  const instruction = astInstruction(index, escapeChar, span) as unknown as
    { getHeredocs(): ReturnType<Run['getHeredocs']> } | undefined;
  return (instruction?.getHeredocs() ?? []).map((h) => {
    const content = h.getContentRange();
    const delimiter = h.getDelimiterRange();
    return {
      name: h.getName(),
      startLine: h.getStartRange().start.line,
      body: content ? { line: content.start.line, endLine: content.end.line } : undefined,
      delimiterLine: delimiter?.start.line,
    };
  });
}
