import { describe, expect, it } from 'vitest';
import { describeLines } from '../../../src/walkthrough/spec.ts';

describe('describeLines', () => {
  it('says "Line" for one line and "Lines" for more', () => {
    expect(describeLines([19])).toBe('Line 19');
    expect(describeLines([11, 12, 13, 14])).toBe('Lines 11–14');
    expect(describeLines([3, 5])).toBe('Lines 3, 5');
  });
});
