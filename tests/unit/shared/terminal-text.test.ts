/** Control characters from content never reach a terminal raw (src/shared/terminal-text.ts). */
import { describe, expect, it } from 'vitest';
import { jsonTerminalSafe, terminalSafe } from '../../../src/shared/terminal-text.ts';

describe('terminalSafe', () => {
  it('escapes C0 (not newline or tab), DEL, C1 and bidi overrides', () => {
    expect(terminalSafe('a\u001b[31mred\u0007\tb\nc\u007f\u0085'))
      .toBe('a\\x1b[31mred\\x07\tb\nc\\x7f\\x85');
    expect(terminalSafe('x\u202ey\u2066z\u2069')).toBe('x\\u202ey\\u2066z\\u2069');
    expect(terminalSafe('plain é 🐳 text')).toBe('plain é 🐳 text');
  });

  it('keeps JSON valid', () => {
    const json = jsonTerminalSafe(JSON.stringify({ m: 'a\u0085b\u202ec\u001b' }));
    expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(JSON.parse(json)).toEqual({ m: 'a\u0085b\u202ec\u001b' });
  });
});
