/**
 * Unit tests for the ingest stage's mojibake repair and its codepage tables. Mojibake under test
 * is made the way tools make it: encode to UTF-8, then read each byte through a codepage.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  byteToChar,
  charToByte,
  WINDOWS_1252_UNDEFINED,
  type Codepage,
} from '../../../src/ingest/codepages.ts';
import { repairMojibake, repairMojibakeText } from '../../../src/ingest/repair-mojibake.ts';
import type { SourceDiagnostic, SourceLine } from '../../../src/ingest/source-lines.ts';

/** What a tool shows after reading the UTF-8 bytes of `text` as `codepage`. */
function misread(text: string, codepage: Codepage, lostBytes = false): string {
  return Array.from(new TextEncoder().encode(text), (byte) =>
    lostBytes && WINDOWS_1252_UNDEFINED.includes(byte) ? '\uFFFD' : byteToChar(codepage, byte),
  ).join('');
}

function runRepair(lines: SourceLine[]) {
  const diagnostics: SourceDiagnostic[] = [];
  const out = repairMojibake(lines, (diagnostic) => diagnostics.push(diagnostic));
  return { out, diagnostics };
}

describe('codepage tables', () => {
  it('round-trips every byte through both codepages', () => {
    for (const codepage of ['windows-1252', 'mac-roman'] as const) {
      for (let byte = 0; byte < 256; byte++) {
        expect(charToByte(codepage, byteToChar(codepage, byte))).toBe(byte);
      }
    }
  });

  it('matches the platform decoder for Mac Roman', () => {
    const high = Uint8Array.from({ length: 128 }, (_, index) => 0x80 + index);
    const expected = new TextDecoder('macintosh').decode(high);
    expect(Array.from(high, (byte) => byteToChar('mac-roman', byte)).join('')).toBe(expected);
  });

  it('places the Windows-1252 landmarks and keeps undefined bytes as C1 controls', () => {
    expect(byteToChar('windows-1252', 0x80)).toBe('€');
    expect(byteToChar('windows-1252', 0x92)).toBe('’');
    expect(byteToChar('windows-1252', 0x9f)).toBe('Ÿ');
    expect(byteToChar('windows-1252', 0xa0)).toBe('\u00A0');
    expect(byteToChar('windows-1252', 0xff)).toBe('ÿ');
    for (const byte of WINDOWS_1252_UNDEFINED) {
      expect(byteToChar('windows-1252', byte)).toBe(String.fromCharCode(byte));
    }
  });

  it('reads any C1 control as Windows-1252 the way Latin-1 decoders wrote it', () => {
    expect(charToByte('windows-1252', '\u0080')).toBe(0x80);
    expect(charToByte('windows-1252', '\u0092')).toBe(0x92);
    expect(charToByte('mac-roman', '\u0092')).toBeUndefined();
  });

  it('places the Mac Roman landmarks', () => {
    expect(byteToChar('mac-roman', 0x80)).toBe('Ä');
    expect(byteToChar('mac-roman', 0xc5)).toBe('≈');
    expect(byteToChar('mac-roman', 0xdb)).toBe('€');
    expect(byteToChar('mac-roman', 0xf0)).toBe('\uF8FF');
    expect(byteToChar('mac-roman', 0xff)).toBe('ˇ');
  });

  it('has no byte for characters outside a codepage', () => {
    expect(charToByte('windows-1252', 'П')).toBeUndefined();
    expect(charToByte('mac-roman', '🐳')).toBeUndefined();
    expect(charToByte('windows-1252', '')).toBeUndefined();
    expect(() => byteToChar('mac-roman', 256)).toThrow(RangeError);
  });
});

describe('repairMojibakeText', () => {
  const required: Array<[string, string]> = [
    ['â‰ˆ', '≈'],
    ['\uF8FFüê≥', '🐳'],
    ['â€™', '’'],
    ['â€”', '—'],
    ['â€\uFFFD', '”'],
    ['Ã©', 'é'],
    ['ðŸš€', '🚀'],
    ['ï£¿Ã¼Ã¶Ã„', '🚀'],
    ['ï£¿Ã¼Ãªâ‰¥', '🐳'],
  ];

  it.each(required)('repairs %s to %s', (broken, fixed) => {
    expect(repairMojibakeText(broken).text).toBe(fixed);
  });

  it('uses inputs that are real misreadings', () => {
    expect(misread('≈', 'windows-1252')).toBe('â‰ˆ');
    expect(misread('🐳', 'mac-roman')).toBe('\uF8FFüê≥');
    expect(misread('’', 'windows-1252')).toBe('â€™');
    expect(misread('—', 'windows-1252')).toBe('â€”');
    expect(misread('”', 'windows-1252', true)).toBe('â€\uFFFD');
    expect(misread('é', 'windows-1252')).toBe('Ã©');
    expect(misread('🚀', 'windows-1252')).toBe('ðŸš€');
    expect(misread(misread('🚀', 'mac-roman'), 'windows-1252')).toBe('ï£¿Ã¼Ã¶Ã„');
    expect(misread(misread('🐳', 'mac-roman'), 'windows-1252')).toBe('ï£¿Ã¼Ãªâ‰¥');
  });

  it('repairs the double misreading of a heading in two passes', () => {
    const result = repairMojibakeText('# ï£¿Ã¼Ãªâ‰¥ Dockerization');
    expect(result.text).toBe('# 🐳 Dockerization');
    expect(result.fixes).toEqual([
      { from: 'ï£¿', to: '\uF8FF', codepage: 'windows-1252', guessed: false },
      { from: 'Ã¼', to: 'ü', codepage: 'windows-1252', guessed: false },
      { from: 'Ãª', to: 'ê', codepage: 'windows-1252', guessed: false },
      { from: 'â‰¥', to: '≥', codepage: 'windows-1252', guessed: false },
      { from: '\uF8FFüê≥', to: '🐳', codepage: 'mac-roman', guessed: false },
    ]);
  });

  it('marks a lost byte as guessed', () => {
    expect(repairMojibakeText('â€\uFFFDquoted').fixes).toEqual([
      { from: 'â€\uFFFD', to: '”', codepage: 'windows-1252', guessed: true },
    ]);
  });

  it('reads C1 controls left by Latin-1 decoders as their bytes, without guessing', () => {
    const result = repairMojibakeText('Ã\u0081rbol, â€\u009D');
    expect(result.text).toBe('Árbol, ”');
    expect(result.fixes.every((fix) => !fix.guessed)).toBe(true);
  });

  const samples = [
    'café', 'naïve', 'Привет, мир', '日本語', 'Straße', 'über', '€5', 'µs', '½',
    '© 2024', '≈5MB', '’s', '“quoted”', 'Ελληνικά', 'שלום', 'l’été',
    'Ærø', 'ñandú', '🐳 🚀 ✅', '—', '10 μs', 'e\u0301', 'ÀÉÎÕÜ', '\u00A0',
  ];

  it.each(samples)('undoes any single or double misreading of %s', (text) => {
    const misreadings = [
      misread(text, 'windows-1252'),
      misread(text, 'mac-roman'),
      misread(misread(text, 'mac-roman'), 'windows-1252'),
      misread(misread(text, 'windows-1252'), 'windows-1252'),
    ];
    for (const broken of misreadings) expect(repairMojibakeText(broken).text).toBe(text);
  });

  // Texts whose lost bytes the fixed guessing order happens to restore correctly.
  it.each(['“quoted”', 'שלום', 'Ý'])('restores lost bytes in %s', (text) => {
    const broken = misread(text, 'windows-1252', true);
    expect(broken).toContain('\uFFFD');
    const result = repairMojibakeText(broken);
    expect(result.text).toBe(text);
    expect(result.fixes.some((fix) => fix.guessed)).toBe(true);
  });

  const legitimate = [
    'café', 'naïve', 'Привет, мир', '日本語', '—', '’s', '≈5MB', '🐳',
    '© 2024', '½', 'Straße', 'über', '€5', 'µs',
    // Pairs that happen to be valid UTF-8 in one codepage, but are ordinary prose.
    'l’été', 'word—école', '“École”', 'CAFÉ’S', '„Fuß“', '« à »',
    'À bientôt', '10 μs', '\uFFFD alone', 'Ã', 'â€',
    'expression «\u00A0as\u00A0»à la place', '“être”', '…été', 'ÿÖ', '«à',
  ];

  it.each(legitimate)('leaves legitimate text alone: %s', (text) => {
    const result = repairMojibakeText(text);
    expect(result.text).toBe(text);
    expect(result.fixes).toEqual([]);
  });

  it('leaves ASCII alone and never joins ASCII into a sequence', () => {
    expect(repairMojibakeText('plain `code` (a+b)').text).toBe('plain `code` (a+b)');
    expect(repairMojibakeText('âx€™').text).toBe('âx€™');
  });

  it('is idempotent on repaired text', () => {
    const once = repairMojibakeText('isnâ€™t ï£¿Ã¼Ãªâ‰¥ Ã©tÃ©').text;
    expect(once).toBe('isn’t 🐳 été');
    expect(repairMojibakeText(once).text).toBe(once);
  });
});

describe('repairMojibake (source repair)', () => {
  it('reports one diagnostic per changed line and keeps origins', () => {
    const lines: SourceLine[] = [
      { text: '# ï£¿Ã¼Ãªâ‰¥ Dockerization', origin: 3 },
      { text: 'Clean café line', origin: 4 },
      { text: 'isnâ€™t â‰ˆ 5 MB', origin: 7 },
    ];
    const { out, diagnostics } = runRepair(lines);
    expect(out).toEqual([
      { text: '# 🐳 Dockerization', origin: 3 },
      { text: 'Clean café line', origin: 4 },
      { text: 'isn’t ≈ 5 MB', origin: 7 },
    ]);
    expect(out[1]).toBe(lines[1]);
    expect(diagnostics).toEqual([
      {
        line: 3,
        ruleId: 'mojibake',
        found: 'mojibake `ï£¿Ã¼Ãªâ‰¥` (UTF-8 read as Windows-1252, then Mac Roman)',
        action: 'replaced with `🐳`',
      },
      {
        line: 7,
        ruleId: 'mojibake',
        found: 'mojibake `â€™`, `â‰ˆ` (UTF-8 read as Windows-1252)',
        action: 'replaced with `’`, `≈`',
      },
    ]);
  });

  it('names Mac Roman and flags a guessed byte', () => {
    const { diagnostics } = runRepair([
      { text: `${misread('é', 'mac-roman')}t${misread('é', 'mac-roman')}`, origin: 1 },
      { text: 'â€œhiâ€\uFFFD', origin: 2 },
    ]);
    expect(diagnostics).toEqual([
      {
        line: 1,
        ruleId: 'mojibake',
        found: 'mojibake `√©`, `√©` (UTF-8 read as Mac Roman)',
        action: 'replaced with `é`, `é`',
      },
      {
        line: 2,
        ruleId: 'mojibake',
        found: 'mojibake `â€œ`, `â€\uFFFD` (UTF-8 read as Windows-1252)',
        action: 'replaced with `“`, `”` (best guess for a lost byte)',
      },
    ]);
  });

  it('spells out invisible characters in the diagnostic', () => {
    const { diagnostics } = runRepair([
      { text: 'Ã\u0081rbol', origin: 1 },
      { text: `# ${misread('🐳', 'mac-roman')} Dockerization`, origin: 2 },
      { text: `${misread('\u00A0', 'windows-1252')}x`, origin: 3 },
    ]);
    expect(diagnostics.map(({ found, action }) => [found, action])).toEqual([
      ['mojibake `Ã\\u0081` (UTF-8 read as Windows-1252)', 'replaced with `Á`'],
      ['mojibake `\\uF8FFüê≥` (UTF-8 read as Mac Roman)', 'replaced with `🐳`'],
      ['mojibake `Â\\u00A0` (UTF-8 read as Windows-1252)', 'replaced with `\\u00A0`'],
    ]);
  });

  it('reports nothing for clean lines', () => {
    const { out, diagnostics } = runRepair([{ text: '日本語 — café', origin: 1 }]);
    expect(out).toEqual([{ text: '日本語 — café', origin: 1 }]);
    expect(diagnostics).toEqual([]);
  });
});

describe('fixture: mojibake-mac-roman', () => {
  const dir = new URL('../../fixtures/ingest/mojibake-mac-roman/', import.meta.url);

  it('repairs input.md line by line into expected.md', () => {
    const input = readFileSync(new URL('input.md', dir), 'utf8');
    const expected = readFileSync(new URL('expected.md', dir), 'utf8');
    const repaired = input.split('\n').map((line) => repairMojibakeText(line).text).join('\n');
    expect(repaired).toBe(expected);
    expect(input).not.toBe(expected);
  });
});
