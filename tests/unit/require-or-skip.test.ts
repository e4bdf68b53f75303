/** The skip helper: a missing prerequisite skips locally and fails under CI=true. */
import { describe, expect, it } from 'vitest';
import { MissingPrerequisiteError, skipUnlessCi } from '../require-or-skip.ts';

describe('skipUnlessCi', () => {
  it('runs the tests when nothing is missing, under CI or not', () => {
    expect(skipUnlessCi(undefined, {})).toBe(false);
    expect(skipUnlessCi(undefined, { CI: 'true' })).toBe(false);
  });

  it('skips locally and throws under CI, saying what is missing', () => {
    expect(skipUnlessCi('`unzip` is not installed', { CI: 'false' })).toBe(true);
    expect(() => skipUnlessCi('`unzip` is not installed', { CI: 'true' }))
      .toThrow(MissingPrerequisiteError);
    expect(() => skipUnlessCi('`unzip` is not installed', { CI: '1' }))
      .toThrow(/^`unzip` is not installed \(CI=true: a test may not skip/);
  });
});
