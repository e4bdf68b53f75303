/**
 * Ingest stage: repairs mojibake — UTF-8 text that some tool decoded as Windows-1252 or Mac Roman
 * and saved again as UTF-8, so `’` reads `â€™` and 🐳 reads `ðŸ³`. Each run of characters that
 * turns back into the bytes of exactly one valid UTF-8 character is replaced by that character.
 * Passes repeat, because text that went through two misreadings needs undoing twice.
 */
import {
  CODEPAGE_NAMES,
  WINDOWS_1252_UNDEFINED,
  charToByte,
  type Codepage,
} from './codepages.ts';
import type { SourceLine, SourceRepair } from './source-lines.ts';

export interface MojibakeFix {
  /** The characters replaced in one pass. */
  from: string;
  /** The character they encoded. */
  to: string;
  codepage: Codepage;
  /** True when a byte the misreading lost (shown as `�`) had to be guessed. */
  guessed: boolean;
}

export interface MojibakeRepair {
  text: string;
  /** Every replacement, in the order made; a double misreading yields one fix per pass. */
  fixes: MojibakeFix[];
}

/** Windows-1252 first: it is by far the more common misreading, so it wins a tie. */
const CODEPAGES: readonly Codepage[] = ['windows-1252', 'mac-roman'];
/** Enough for text misread three times over; more passes would only hunt for coincidences. */
const MAX_PASSES = 4;
const REPLACEMENT = '\uFFFD';
/**
 * Order in which to try the bytes a `�` may stand for. 0x9D first because `â€�` (the right
 * double quote, E2 80 9D) is by far the most common way this loss shows up.
 */
const GUESS_ORDER: readonly number[] = [0x9d, 0x90, 0x8d, 0x8f, 0x81];
// BOM kept so that a misread byte-order mark decodes to itself instead of to nothing.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ASCII_LETTER = /^[A-Za-z]$/;
const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;

/** A character of a pass's output, with the span of the original line it stands for. */
interface Piece {
  char: string;
  start: number;
  end: number;
  fixed: boolean;
}

interface Match {
  char: string;
  length: number;
  codepage: Codepage;
  guessed: boolean;
}

/** How many bytes a UTF-8 character starting with `lead` has; 0 when `lead` cannot start one. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The one character `bytes` encode, if they are valid UTF-8 and worth restoring. */
function decodeOne(bytes: readonly number[]): string | undefined {
  let text: string;
  try {
    // The strict decoder rejects overlong forms, surrogates and code points past U+10FFFF.
    text = UTF8.decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
  const code = text.codePointAt(0);
  if (code === undefined || text !== String.fromCodePoint(code)) return undefined;
  // A C1 control is never what an author wrote; decoding to one means the guess was wrong.
  return code < 0xa0 ? undefined : text;
}

/**
 * Two-byte sequences arise by chance in real prose: Mac Roman reads `l’été` as D5 8E, which is
 * valid UTF-8 for Armenian `Վ`. Real mojibake of such scripts comes as whole words, so a letter
 * from outside Latin and Greek glued to an ASCII letter is taken as a coincidence, and so is a
 * combining mark with no letter to sit on. Longer sequences are too unlikely to need this.
 */
function plausible(char: string, length: number, before: string, after: string): boolean {
  if (length > 2) return true;
  const code = char.codePointAt(0) ?? 0;
  const onLetter = LETTER.test(before);
  if (code >= 0x300 && code <= 0x36f) return onLetter;
  // Latin-1, Latin Extended-A/B and Greek (often used as symbols such as `μs` in Latin text).
  if (code < 0x250 || (code >= 0x370 && code <= 0x3ff)) return true;
  if (MARK.test(char) && !onLetter) return false;
  return !ASCII_LETTER.test(before) && !ASCII_LETTER.test(after);
}

/** The bytes a character may have been in `codepage`, as a continuation byte of UTF-8. */
function continuationBytes(codepage: Codepage, char: string): readonly number[] {
  if (char === REPLACEMENT && codepage === 'windows-1252') return GUESS_ORDER;
  const byte = charToByte(codepage, char);
  return byte !== undefined && byte >= 0x80 && byte <= 0xbf ? [byte] : [];
}

function matchAt(
  chars: readonly string[],
  index: number,
  codepage: Codepage,
  before: string,
): Match | undefined {
  const lead = charToByte(codepage, chars[index] ?? '');
  const length = lead === undefined ? 0 : sequenceLength(lead);
  if (lead === undefined || length === 0) return undefined;
  let candidates: number[][] = [[lead]];
  let guessed = false;
  for (let offset = 1; offset < length; offset++) {
    const char = chars[index + offset];
    if (char === undefined) return undefined;
    const bytes = continuationBytes(codepage, char);
    if (bytes.length === 0) return undefined;
    if (bytes.length > 1) guessed = true;
    candidates = candidates.flatMap((prefix) => bytes.map((byte) => [...prefix, byte]));
  }
  const after = chars[index + length] ?? '';
  for (const bytes of candidates) {
    const char = decodeOne(bytes);
    if (char !== undefined && plausible(char, length, before, after)) {
      return { char, length, codepage, guessed };
    }
  }
  return undefined;
}

/** One left-to-right pass over a line. */
function repairPass(pieces: readonly Piece[]): { pieces: Piece[]; fixes: MojibakeFix[] } {
  const chars = pieces.map((piece) => piece.char);
  const out: Piece[] = [];
  const fixes: MojibakeFix[] = [];
  let index = 0;
  while (index < pieces.length) {
    const piece = pieces[index];
    if (!piece) break;
    let match: Match | undefined;
    // ASCII is the same byte in every codepage involved, so it never belongs to a sequence.
    if (piece.char >= '\u0080') {
      const before = out.at(-1)?.char ?? '';
      for (const codepage of CODEPAGES) {
        match = matchAt(chars, index, codepage, before);
        if (match) break;
      }
    }
    const consumed = match ? pieces.slice(index, index + match.length) : [];
    const last = consumed.at(-1);
    if (!match || !last) {
      out.push(piece);
      index++;
      continue;
    }
    out.push({ char: match.char, start: piece.start, end: last.end, fixed: true });
    fixes.push({
      from: consumed.map((each) => each.char).join(''),
      to: match.char,
      codepage: match.codepage,
      guessed: match.guessed,
    });
    index += match.length;
  }
  return { pieces: out, fixes };
}

interface LineRepair {
  pieces: Piece[];
  /** Fixes grouped by pass. */
  passes: MojibakeFix[][];
}

function repairLine(text: string): LineRepair {
  let pieces: Piece[] = Array.from(text, (char, index) => ({
    char,
    start: index,
    end: index + 1,
    fixed: false,
  }));
  const passes: MojibakeFix[][] = [];
  if (ASCII_ONLY.test(text)) return { pieces, passes };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = repairPass(pieces);
    if (result.fixes.length === 0) break;
    pieces = result.pieces;
    passes.push(result.fixes);
  }
  return { pieces, passes };
}

/** Repairs mojibake in `text` (one line or many; sequences never cross a line break). */
export function repairMojibakeText(text: string): MojibakeRepair {
  const { pieces, passes } = repairLine(text);
  return { text: pieces.map((piece) => piece.char).join(''), fixes: passes.flat() };
}

/** Control characters would be invisible in a diagnostic, so they are spelled out. */
function visible(text: string): string {
  return text.replace(/[\x00-\x1f\x7f-\x9f]/g, (char) =>
    `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** "Windows-1252", "Windows-1252, then Mac Roman" (one step per pass that changed something). */
function codepageLabel(passes: readonly MojibakeFix[][]): string {
  return passes
    .map((fixes) => CODEPAGES.filter((codepage) => fixes.some((fix) => fix.codepage === codepage))
      .map((codepage) => CODEPAGE_NAMES[codepage])
      .join(' and '))
    .join(', then ');
}

/** Adjacent repaired characters, as the original run and what it became. */
function changedRuns(original: readonly string[], pieces: readonly Piece[]) {
  const runs: Array<{ from: string; to: string }> = [];
  let previousFixed = false;
  for (const piece of pieces) {
    if (piece.fixed) {
      const from = original.slice(piece.start, piece.end).join('');
      const run = runs.at(-1);
      if (previousFixed && run) {
        run.from += from;
        run.to += piece.char;
      } else {
        runs.push({ from, to: piece.char });
      }
    }
    previousFixed = piece.fixed;
  }
  return runs;
}

export const repairMojibake: SourceRepair = (lines, report) =>
  lines.map((line): SourceLine => {
    const { pieces, passes } = repairLine(line.text);
    if (passes.length === 0) return line;
    const runs = changedRuns(Array.from(line.text), pieces);
    const quote = (texts: string[]): string => texts.map((text) => `\`${visible(text)}\``).join(', ');
    const guessed = passes.some((fixes) => fixes.some((fix) => fix.guessed));
    report({
      line: line.origin,
      ruleId: 'mojibake',
      found: `mojibake ${quote(runs.map((run) => run.from))} (UTF-8 read as ${codepageLabel(passes)})`,
      action: `replaced with ${quote(runs.map((run) => run.to))}` +
        (guessed ? ' (best guess for a lost byte)' : ''),
    });
    return { ...line, text: pieces.map((piece) => piece.char).join('') };
  });
