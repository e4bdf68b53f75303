/**
 * Near-duplicate write-ups (src/cohort/similarity.ts), on a generated cohort of 200 write-ups
 * (tests/fixtures/cohort/generate-cohort.ts): every planted copy is found, the exact one as
 * identical, and no two write-ups that were written apart are listed, though they follow one
 * template (measured: the most alike of those share 56% of their shingles, the planted edited
 * copies 72–81%). Only pairs that can reach the threshold are compared (prefix filtering): at
 * 1,000 write-ups of one template under a third of the 499,500 pairs (fewer the more the
 * write-ups differ), with the same pairs found as by comparing every pair.
 */
import { describe, expect, it } from 'vitest';
import {
  candidatePairs, jaccard, shingles, similarGroups, similarPairs, words,
} from '../../../src/cohort/similarity.ts';
import { generateCohort } from '../../fixtures/cohort/generate-cohort.ts';

describe('text similarity', () => {
  it('reads words, not Markdown marks or case', () => {
    expect(words('## Use `python:3.13-slim`, **not** Latest!')).toEqual(
      ['use', 'python', '3', '13', 'slim', 'not', 'latest']);
  });

  it('shares all shingles with itself and none with another text', () => {
    const a = shingles('one two three four five six seven');
    expect(a.size).toBe(3);
    expect(jaccard(a, a)).toBe(1);
    expect(jaccard(a, shingles('eight nine ten eleven twelve thirteen'))).toBe(0);
    expect(jaccard(shingles(''), shingles(''))).toBe(0);
    expect([...shingles('too short')]).toEqual(['too short']);
  });

  it('gives the share of shingles two texts have in common', () => {
    // 3 shingles each, 2 in common: 2 / (3 + 3 - 2).
    expect(jaccard(shingles('a b c d e f g'), shingles('b c d e f g h'))).toBe(0.5);
  });

  it('finds the planted copies among 200 write-ups, and nothing else', () => {
    const cohort = generateCohort(200);
    const pairs = similarPairs(cohort.writeups.map((w) => ({ id: w.id,
      text: cohort.files[w.file]! })));
    const planted = cohort.writeups.filter((w) => w.copyOf)
      .map((w) => [w.id, w.copyOf!.id].sort().join(' '));
    expect(planted).toHaveLength(12);
    expect(pairs.map((p) => `${p.a} ${p.b}`).sort()).toEqual([...planted].sort());
    const exact = cohort.writeups.find((w) => w.copyOf?.exact)!;
    expect(pairs[0]).toMatchObject({ share: 1, identical: true });
    expect([pairs[0]!.a, pairs[0]!.b]).toContain(exact.id);
    for (const pair of pairs.slice(1)) {
      expect(pair.identical).toBe(false);
      expect(pair.share).toBeGreaterThan(0.6);
      expect(pair.share).toBeLessThan(1);
    }
  });

  it('lists the most alike first', () => {
    const base = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu';
    const pairs = similarPairs([
      { id: 'a', text: base },
      { id: 'b', text: `${base} nu` },
      { id: 'c', text: base.replace('kappa', 'KAPPA!') },
    ], 0.5);
    // c is a in other case and punctuation; b adds a word: 8 of 9 shingles in common.
    expect(pairs.map((p) => [p.a, p.b, p.identical, p.share.toFixed(3)])).toEqual([
      ['a', 'c', true, '1.000'], ['a', 'b', false, '0.889'], ['b', 'c', false, '0.889']]);
  });

  it('compares only pairs that can reach the threshold', () => {
    const cohort = generateCohort(1000);
    const sets = cohort.writeups.map((w) => shingles(cohort.files[w.file]!));
    // The template's phrases are in most prefixes: under a third of the pairs are compared.
    expect(candidatePairs(sets, 0.6).length).toBeLessThan(499_500 / 3);
  });

  it('leaves out no pair that reaches the threshold', () => {
    const cohort = generateCohort(300, 7);
    const sets = cohort.writeups.map((w) => shingles(cohort.files[w.file]!));
    for (const threshold of [0.6, 0.3]) {
      const kept = new Set(candidatePairs(sets, threshold).map(([i, j]) => `${i} ${j}`));
      const missed: string[] = [];
      for (let i = 0; i < sets.length; i += 1) {
        for (let j = i + 1; j < sets.length; j += 1) {
          if (jaccard(sets[i]!, sets[j]!) >= threshold && !kept.has(`${i} ${j}`)) {
            missed.push(`${i} ${j}`);
          }
        }
      }
      expect(missed, `threshold ${threshold}`).toEqual([]);
    }
  });

  it('finds a pair whose share is the threshold exactly', () => {
    // 5 and 7 shingles, 5 in common: 5 / 7, which floating point rounds past 5 when scaled.
    const short = 'a b c d e f g h i';
    const long = 'a b c d e f g h i j k';
    const sets = [shingles(short), shingles(long)];
    expect(jaccard(sets[0]!, sets[1]!)).toBe(5 / 7);
    expect(candidatePairs(sets, 5 / 7)).toEqual([[0, 1]]);
    expect(similarPairs([{ id: 'x', text: short }, { id: 'y', text: long }], 5 / 7))
      .toHaveLength(1);
    expect(candidatePairs(sets, 0.72)).toEqual([]);
  });

  it('joins pairs into groups, each write-up listed once', () => {
    const pair = (a: string, b: string, share: number) =>
      ({ a, b, share, identical: share === 1 });
    const groups = similarGroups([pair('c', 'd', 1), pair('a', 'b', 0.7), pair('b', 'e', 0.9),
      pair('f', 'g', 1), pair('d', 'h', 1), pair('c', 'h', 1)]);
    expect(groups).toEqual([
      { ids: ['c', 'd', 'h'], identical: true, least: 1, most: 1 },
      { ids: ['f', 'g'], identical: true, least: 1, most: 1 },
      { ids: ['a', 'b', 'e'], identical: false, least: 0.7, most: 0.9 },
    ]);
    expect(similarGroups([])).toEqual([]);
  });

  it('keeps a class of copies to one group: linear in write-ups, not in pairs', () => {
    const text = 'the same write-up about a slim python base image and a non-root user';
    const documents = Array.from({ length: 120 }, (_, k) => ({ id: `w${1000 + k}`, text }));
    const pairs = similarPairs(documents);
    expect(pairs).toHaveLength(120 * 119 / 2);
    const groups = similarGroups(pairs);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.ids).toEqual(documents.map((d) => d.id));
  });
});
