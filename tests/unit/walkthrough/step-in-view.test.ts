import { describe, expect, it } from 'vitest';
import { stepInView } from '../../../src/walkthrough/client/step-in-view.ts';

describe('stepInView', () => {
  it('is the last step whose top has passed the reading line (40 % down)', () => {
    expect(stepInView([-500, 100, 400, 700], 900, false)).toBe(1);
    expect(stepInView([-500, 100, 360, 700], 900, false)).toBe(2);
  });

  it('is none while the steps are all below the reading line', () => {
    expect(stepInView([400, 800], 900, false)).toBeUndefined();
  });

  it('at the end of the page, is the last step in view, which can never reach the line', () => {
    expect(stepInView([-200, 300, 600, 850], 900, true)).toBe(3);
    expect(stepInView([-200, 300, 600, 950], 900, true)).toBe(2);
  });

  it('keeps the last step once the whole walkthrough has scrolled past', () => {
    expect(stepInView([-3000, -2000, -1000], 900, false)).toBe(2);
  });
});
