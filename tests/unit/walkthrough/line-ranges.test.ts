/** `lines="…"` of a walkthrough step: checked against the Dockerfile before it is expanded. */
import { describe, expect, it } from 'vitest';
import { parseLineRanges } from '../../../src/walkthrough/spec.ts';

describe('parseLineRanges', () => {
  it('expands ranges within the file', () => {
    expect(parseLineRanges('1-3, 5', 5)).toEqual({ lines: [1, 2, 3, 5] });
  });

  it('refuses a range past the end at once, without expanding it', () => {
    expect(parseLineRanges('1-100000000', 12)).toEqual({ problem: 'outside', line: 13 });
    expect(parseLineRanges('99999999999999999999', 12)).toEqual({ problem: 'syntax' });
  });

  it('caps the number of parts', () => {
    expect(parseLineRanges(Array(101).fill('1').join(','), 5)).toEqual({ problem: 'too-many' });
  });

  it('refuses what is not a list of lines', () => {
    expect(parseLineRanges('', 5)).toEqual({ problem: 'syntax' });
    expect(parseLineRanges('3-1', 5)).toEqual({ problem: 'syntax' });
    expect(parseLineRanges('a', 5)).toEqual({ problem: 'syntax' });
  });
});
