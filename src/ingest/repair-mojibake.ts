/**
 * Ingest stage: repairs mojibake — UTF-8 text that some tool decoded as Windows-1252 or Mac Roman
 * and saved again as UTF-8, so `’` reads `â€™` and 🚀 reads `ðŸš€`. Each run of
 * characters that turns back into the bytes of exactly one valid UTF-8 character is replaced
 * by it. Passes repeat, because text that went through two misreadings needs undoing twice.
 */
import { CODEPAGE_NAMES, charToByte, type Codepage } from './codepages.ts';
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

/**
 * A character of a pass's output. `start`/`end` span the original line; a repaired character
 * keeps the pieces it replaced, so a replacement that turns out wrong can be taken back.
 */
interface Piece {
  char: string;
  start: number;
  end: number;
  /** The pass that produced it; 0 for a character of the original line. */
  pass: number;
  fix?: MojibakeFix;
  parts: readonly Piece[];
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

function isC1(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x80 && code <= 0x9f;
}

/** The one character `bytes` encode, if they are valid UTF-8. */
function decodeOne(bytes: readonly number[]): string | undefined {
  let text: string;
  try {
    // The strict decoder rejects overlong forms, surrogates and code points past U+10FFFF.
    text = UTF8.decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
  const code = text.codePointAt(0);
  return code !== undefined && code >= 0x80 && text === String.fromCodePoint(code)
    ? text
    : undefined;
}

function inRange(code: number, from: number, to: number): boolean {
  return code >= from && code <= to;
}

/** Latin Extended-B letters that living orthographies use (Azerbaijani, Vietnamese, Pinyin...). */
const LIVING_LATIN_B = /^[\u018F\u01A0\u01A1\u01AF\u01B0\u01CD-\u01DC\u0218-\u021B\u0259]$/u;

function inTables(char: string): boolean {
  return CODEPAGES.some((codepage) => charToByte(codepage, char) !== undefined);
}

/**
 * Two-byte sequences arise by chance in real prose: Mac Roman reads `l’été` as D5 8E, which is
 * valid UTF-8 for Armenian `Վ`, `»à` as Latin `Ȉ` and `“École` as a lone Cyrillic
 * combining mark. So a two-byte result must be a letter people write today (Latin, Greek,
 * Cyrillic, Hebrew, Arabic), a combining mark needs a letter to sit on, and since real
 * mojibake of a non-Latin script comes as whole words, such a letter glued to an ASCII letter
 * is taken as a coincidence.
 * Longer sequences are too unlikely to arise by chance to need this.
 */
function plausible(char: string, length: number, before: string, after: string): boolean {
  if (length > 2) return true;
  const code = char.codePointAt(0) ?? 0;
  // Latin-1 and Latin Extended-A (C1 controls included: `settle` takes back any left over).
  // Greek letters often serve as symbols in Latin text (`μs`). Characters of the tables, such as
  // the spacing accents `ˆ` and `˜`, are what a double misreading passes on.
  if (code < 0x180 || inRange(code, 0x370, 0x3ff) || inTables(char)) return true;
  if (LIVING_LATIN_B.test(char)) return true;
  if (inRange(code, 0x300, 0x36f)) return LETTER.test(before);
  const script = inRange(code, 0x400, 0x4ff) || inRange(code, 0x5d0, 0x5f4) ||
    inRange(code, 0x600, 0x6ff);
  const letter = LETTER.test(char) || (MARK.test(char) && LETTER.test(before));
  return script && letter && !ASCII_LETTER.test(before) && !ASCII_LETTER.test(after);
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

/** The first match at `index` in `order`, if it continues what the previous pass restored. */
function firstMatch(
  pieces: readonly Piece[],
  chars: readonly string[],
  index: number,
  pass: number,
  order: readonly Codepage[],
  before: string,
): Match | undefined {
  for (const codepage of order) {
    const match = matchAt(chars, index, codepage, before);
    // A later pass only undoes a further misreading of what the previous pass restored.
    if (match && (pass === 1 || pieces.slice(index, index + match.length)
      .some((piece) => piece.pass === pass - 1))) {
      return match;
    }
  }
  return undefined;
}

/**
 * In a later pass, a run of characters the previous pass restored is the text of one further
 * misreading, so it is undone whole or not at all: legitimate `ÀÉÎÕÜ` restored from Mac Roman
 * would otherwise lose `ÀÉ` and `ÕÜ` to chance matches.
 */
function dropPartialRuns(
  pieces: readonly Piece[],
  matches: ReadonlyMap<number, Match>,
  pass: number,
): Map<number, Match> {
  const kept = new Map(matches);
  const owner = (): Array<number | undefined> => {
    const owners: Array<number | undefined> = pieces.map(() => undefined);
    for (const [index, match] of kept) owners.fill(index, index, index + match.length);
    return owners;
  };
  let changed = true;
  while (changed) {
    changed = false;
    const owners = owner();
    let runStart = 0;
    for (let index = 0; index <= pieces.length; index++) {
      if (pieces[index]?.pass === pass - 1) continue;
      const run = owners.slice(runStart, index);
      if (run.includes(undefined)) {
        for (const start of run) if (start !== undefined && kept.delete(start)) changed = true;
      }
      runStart = index + 1;
    }
  }
  return kept;
}

/** Matches found scanning left to right, trying the codepages in `order` at each character. */
function scan(
  pieces: readonly Piece[],
  pass: number,
  order: readonly Codepage[],
): Map<number, Match> {
  const chars = pieces.map((piece) => piece.char);
  const matches = new Map<number, Match>();
  let before = '';
  for (let index = 0; index < pieces.length;) {
    const char = chars[index] ?? '';
    // ASCII is the same byte in every codepage involved, so it never belongs to a sequence.
    const match = char >= '\u0080'
      ? firstMatch(pieces, chars, index, pass, order, before)
      : undefined;
    if (match) matches.set(index, match);
    before = match?.char ?? char;
    index += match?.length ?? 1;
  }
  return pass > 1 ? dropPartialRuns(pieces, matches, pass) : matches;
}

function consumed(matches: ReadonlyMap<number, Match>): number {
  let total = 0;
  for (const match of matches.values()) total += match.length;
  return total;
}

/**
 * One pass over a line. Windows-1252 is tried first at each character, as the more common
 * misreading; but when trying Mac Roman first explains more of the line, the line was misread
 * as Mac Roman and a Windows-1252 match inside it was a coincidence (`Ë™` in `Ë™û`,
 * Mac Roman for `語`, is also Windows-1252 for `˙`).
 */
function repairPass(pieces: readonly Piece[], pass: number): Piece[] {
  const windowsFirst = scan(pieces, pass, CODEPAGES);
  const macFirst = scan(pieces, pass, [...CODEPAGES].reverse());
  const matches = consumed(macFirst) > consumed(windowsFirst) ? macFirst : windowsFirst;
  const out: Piece[] = [];
  for (let index = 0; index < pieces.length;) {
    const piece = pieces[index];
    if (!piece) break;
    const match = matches.get(index);
    const parts = match ? pieces.slice(index, index + match.length) : [];
    const last = parts.at(-1);
    if (!match || !last) {
      out.push(piece);
      index++;
      continue;
    }
    const from = parts.map((part) => part.char).join('');
    const { char: to, codepage, guessed } = match;
    const fix = { from, to, codepage, guessed };
    out.push({ char: to, start: piece.start, end: last.end, pass, fix, parts });
    index += match.length;
  }
  return out;
}

/**
 * Takes back replacements that produced a C1 control: no author writes one, but an intermediate
 * pass may need it (a byte Windows-1252 leaves undefined, misread twice).
 */
function settle(pieces: readonly Piece[]): Piece[] {
  return pieces.flatMap((piece) =>
    piece.fix && isC1(piece.char) ? settle(piece.parts) : [piece]);
}

/** Every fix inside `pieces`, in the order made: by pass, then left to right. */
function fixesOf(pieces: readonly Piece[]): Array<{ pass: number; fix: MojibakeFix }> {
  const found: Array<{ pass: number; start: number; fix: MojibakeFix }> = [];
  const walk = (piece: Piece): void => {
    piece.parts.forEach(walk);
    if (piece.fix) found.push({ pass: piece.pass, start: piece.start, fix: piece.fix });
  };
  pieces.forEach(walk);
  return found.sort((a, b) => a.pass - b.pass || a.start - b.start);
}

function repairLine(text: string): Piece[] {
  let pieces: Piece[] = Array.from(text, (char, index) => ({
    char,
    start: index,
    end: index + 1,
    pass: 0,
    parts: [],
  }));
  if (ASCII_ONLY.test(text)) return pieces;
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const next = repairPass(pieces, pass);
    if (!next.some((piece) => piece.pass === pass)) break;
    pieces = next;
  }
  return settle(pieces);
}

/** Repairs mojibake in `text` (one line or many; sequences never cross a line break). */
export function repairMojibakeText(text: string): MojibakeRepair {
  const pieces = repairLine(text);
  return {
    text: pieces.map((piece) => piece.char).join(''),
    fixes: fixesOf(pieces).map(({ fix }) => fix),
  };
}

/**
 * Controls, format characters, private-use characters (Mac Roman's Apple logo, U+F8FF) and the
 * no-break space would be invisible or look like something else in a diagnostic, so they are
 * spelled out.
 */
function visible(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\p{Co}\u00A0]/gu, (char) => {
    const hex = (char.codePointAt(0) ?? 0).toString(16).toUpperCase();
    return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
  });
}

/** "Windows-1252", "Windows-1252, then Mac Roman": one step per pass, in the order undone. */
function codepageLabel(fixes: ReadonlyArray<{ pass: number; fix: MojibakeFix }>): string {
  const passes = [...new Set(fixes.map(({ pass }) => pass))];
  const used = (pass: number, codepage: Codepage): boolean =>
    fixes.some((each) => each.pass === pass && each.fix.codepage === codepage);
  return passes
    .map((pass) => CODEPAGES.filter((codepage) => used(pass, codepage))
      .map((codepage) => CODEPAGE_NAMES[codepage])
      .join(' and '))
    .join(', then ');
}

/** Adjacent repaired characters, as the original run and what it became. */
function changedRuns(original: readonly string[], pieces: readonly Piece[]) {
  const runs: Array<{ from: string; to: string }> = [];
  let previousFixed = false;
  for (const piece of pieces) {
    const fixed = piece.fix !== undefined;
    if (fixed) {
      const from = original.slice(piece.start, piece.end).join('');
      const run = runs.at(-1);
      if (previousFixed && run) {
        run.from += from;
        run.to += piece.char;
      } else {
        runs.push({ from, to: piece.char });
      }
    }
    previousFixed = fixed;
  }
  return runs;
}

function quote(texts: readonly string[]): string {
  return texts.map((text) => `\`${visible(text)}\``).join(', ');
}

export const repairMojibake: SourceRepair = (lines, report) =>
  lines.map((line): SourceLine => {
    const pieces = repairLine(line.text);
    const fixes = fixesOf(pieces);
    if (fixes.length === 0) return line;
    const runs = changedRuns(Array.from(line.text), pieces);
    const guessed = fixes.some(({ fix }) => fix.guessed);
    report({
      line: line.origin,
      ruleId: 'mojibake',
      found: `mojibake ${quote(runs.map((run) => run.from))} ` +
        `(UTF-8 read as ${codepageLabel(fixes)})`,
      action: `replaced with ${quote(runs.map((run) => run.to))}` +
        (guessed ? ' (best guess for a lost byte)' : ''),
    });
    return { ...line, text: pieces.map((piece) => piece.char).join('') };
  });
