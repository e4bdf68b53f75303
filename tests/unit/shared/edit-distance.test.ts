/**
 * Shared edit distance: Levenshtein's, with swaps the optimal string alignment distance, and a
 * limit past which the exact value is not worked out.
 */
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/shared/edit-distance.ts';

describe('editDistance', () => {
  it('counts letters added, dropped and changed', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('counts two neighbours swapped as one edit only with swaps', () => {
    expect(editDistance('PAHT', 'PATH')).toBe(2);
    expect(editDistance('PAHT', 'PATH', { swaps: true })).toBe(1);
    expect(editDistance('mutli-stage', 'multi-stage', { swaps: true })).toBe(1);
  });

  it('stops past the limit and says limit + 1', () => {
    expect(editDistance('kitten', 'sitting', { limit: 2 })).toBe(3);
    expect(editDistance('a', 'abcdef', { limit: 2 })).toBe(3);
    expect(editDistance('kitten', 'sitting', { limit: 3 })).toBe(3);
    expect(editDistance('rootles', 'rootless', { swaps: true, limit: 1 })).toBe(1);
  });

  it('gives the exact distance within the limit, as without one', () => {
    const words = ['dockerignore', 'dockerignire', 'docker', 'ignore', 'non-root', 'nonroot',
      'rootless', 'multistage', 'multi-stage', 'PATH', 'PAHT', '',
      // Same letters, other orders: the letters-missing bound is 0, the distance is not.
      'abc', 'cab', 'aabb', 'bbaa', 'abab'];
    for (const a of words) {
      for (const b of words) {
        for (const swaps of [false, true]) {
          const exact = editDistance(a, b, { swaps });
          for (const limit of [0, 1, 2, 3]) {
            expect(editDistance(a, b, { swaps, limit }), `${a} ${b} ${swaps} ${limit}`)
              .toBe(Math.min(exact, limit + 1));
          }
        }
      }
    }
  });
});
