/**
 * Unit tests for DL3010's reading of COPY paths (`src/dockerfile/rules/dl3010-add-to-extract.ts`):
 * a Windows path written with backslashes names its last part, as hadolint keeps the words,
 * while an escaped space still joins one Linux file name, as the builder reads it.
 */
import { describe, expect, it } from 'vitest';
import { rule } from '../../../src/dockerfile/rules/dl3010-add-to-extract.ts';
import { firedLines } from './run-rule.ts';

describe('DL3010 COPY paths', () => {
  it('reads `build\\foo\\bar.tar.gz` as bar.tar.gz (hadolint DL3010Spec.hs:42)', () => {
    expect(firedLines(rule, 'FROM a:1\nCOPY build\\foo\\bar.tar.gz "C:\\Program Files\\Foo"\n' +
      'RUN tar -xf "C:\\Program Files\\Foo\\bar.tar.gz"\n')).toEqual([2]);
  });

  it('still reads `foo\\ bar.tar` as one file name, and misses no other archive', () => {
    expect(firedLines(rule, 'FROM a:1\nCOPY foo\\ bar.tar /x/\nRUN tar -xf "/x/foo bar.tar"\n'))
      .toEqual([2]);
    expect(firedLines(rule, 'FROM a:1\nCOPY build\\foo\\bar.tar.gz /x/\n' +
      'RUN tar -xf /x/other.tar.gz\n')).toEqual([]);
  });
});
