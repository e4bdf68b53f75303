/**
 * Ingest stage, support for the mojibake repair: the upper halves (bytes 0x80-0xFF) of the two
 * single-byte codepages that UTF-8 write-ups most often get misread as, Windows-1252 and Mac
 * Roman. Knowing which character a byte became lets the repair turn the characters back into the
 * original bytes. The lower halves are ASCII in both, so they need no table.
 */

export type Codepage = 'windows-1252' | 'mac-roman';

/** Names as people know them, for diagnostics. */
export const CODEPAGE_NAMES: Readonly<Record<Codepage, string>> = {
  'windows-1252': 'Windows-1252',
  'mac-roman': 'Mac Roman',
};

/**
 * Bytes Windows-1252 leaves undefined. Decoders that meet them emit either the C1 control of the
 * same number (kept in the table below) or U+FFFD, which loses the byte for good.
 */
export const WINDOWS_1252_UNDEFINED: readonly number[] = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

/*
 * One row per 16 bytes, starting at 0x80. Invisible characters are escaped so that a reader can
 * check each row against the published tables.
 */
const WINDOWS_1252_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F' + // 0x80
  '\u0090‘’“”•–—˜™š›œ\u009DžŸ' + // 0x90
  '\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯' + // 0xA0
  '°±²³´µ¶·¸¹º»¼½¾¿' + // 0xB0
  'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ' + // 0xC0
  'ÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß' + // 0xD0
  'àáâãäåæçèéêëìíîï' + // 0xE0
  'ðñòóôõö÷øùúûüýþÿ'; // 0xF0

/** Mac OS Roman as Apple has shipped it since Mac OS 8.5 (0xDB is `€`, 0xF0 the Apple logo). */
const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéè' + // 0x80
  'êëíìîïñóòôöõúùûü' + // 0x90
  '†°¢£§•¶ß®©™´¨≠ÆØ' + // 0xA0
  '∞±≤≥¥µ∂∑∏π∫ªºΩæø' + // 0xB0
  '¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ' + // 0xC0
  '–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ' + // 0xD0
  '‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ' + // 0xE0
  '\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ'; // 0xF0

function highHalf(table: string, codepage: Codepage): readonly string[] {
  const chars = Array.from(table);
  // A slip while editing a row would silently shift every byte after it; fail loudly instead.
  if (chars.length !== 128 || new Set(chars).size !== 128) {
    throw new Error(`codepage table for ${codepage} must hold 128 distinct characters`);
  }
  return chars;
}

const HIGH: Readonly<Record<Codepage, readonly string[]>> = {
  'windows-1252': highHalf(WINDOWS_1252_HIGH, 'windows-1252'),
  'mac-roman': highHalf(MAC_ROMAN_HIGH, 'mac-roman'),
};

function reverse(chars: readonly string[]): ReadonlyMap<string, number> {
  return new Map(chars.map((char, index) => [char, 0x80 + index]));
}

const BYTE_OF: Readonly<Record<Codepage, ReadonlyMap<string, number>>> = {
  'windows-1252': reverse(HIGH['windows-1252']),
  'mac-roman': reverse(HIGH['mac-roman']),
};

/** The character a codepage shows for `byte` (0x00-0xFF). */
export function byteToChar(codepage: Codepage, byte: number): string {
  if (!Number.isInteger(byte) || byte < 0 || byte > 0xff) {
    throw new RangeError(`not a byte: ${byte}`);
  }
  if (byte < 0x80) return String.fromCharCode(byte);
  return HIGH[codepage][byte - 0x80] ?? '';
}

/** The byte a codepage stores `char` (one code point) as, or `undefined` when it has none. */
export function charToByte(codepage: Codepage, char: string): number | undefined {
  const code = char.codePointAt(0);
  if (code === undefined || char.length !== String.fromCodePoint(code).length) return undefined;
  if (code < 0x80) return code;
  const byte = BYTE_OF[codepage].get(char);
  if (byte !== undefined) return byte;
  // Many tools that say "Windows-1252" really decode Latin-1, which turns every byte 0x80-0x9F
  // into the C1 control of the same number; those controls never appear in real prose.
  if (codepage === 'windows-1252' && code >= 0x80 && code <= 0x9f) return code;
  return undefined;
}
