/**
 * Goal-state diffing: only the goals whose state changed are reported, and the sentence a
 * screen reader hears names them and the total (or says the exercise is done).
 */
import { describe, expect, it } from 'vitest';
import { announceChanges, goalChanges } from '../../../src/exercises/goal-changes.ts';

const LABELS = ['Pin the base image', 'Run as a user', 'Say how to check it is alive'];

describe('goal changes', () => {
  it('reports nothing when no goal changed', () => {
    expect(goalChanges([true, false, false], [true, false, false])).toEqual([]);
    expect(announceChanges([], LABELS, [true, false, false])).toBe('');
  });

  it('reports goals turning met and open again, in order', () => {
    const changes = goalChanges([true, false, false], [false, true, false]);
    expect(changes).toEqual([{ index: 0, met: false }, { index: 1, met: true }]);
    expect(announceChanges(changes, LABELS, [false, true, false])).toBe(
      'Goal open again: Pin the base image. Goal met: Run as a user. 1 of 3 goals met.');
  });

  it('says the exercise is done when the last goal is met', () => {
    const after = [true, true, true];
    expect(announceChanges(goalChanges([true, true, false], after), LABELS, after)).toBe(
      'Goal met: Say how to check it is alive. All 3 goals met: exercise done.');
  });
});
