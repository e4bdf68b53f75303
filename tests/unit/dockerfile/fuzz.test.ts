/**
 * A short fuzz run (`scripts/fuzz.ts`, 200 seeded inputs: mutated Dockerfiles through `lint`,
 * mutated write-ups through the Markdown chain): no input may throw or run past its time limit.
 * `npm run fuzz` is the long run; a failure here prints the seed and index to replay with
 * `npm run fuzz -- --count 200 --seed 7 --only N`.
 */
import { describe, expect, it } from 'vitest';
import { runFuzz } from '../../../scripts/fuzz.ts';

describe('fuzz', () => {
  it('200 mutated inputs: no stack trace, no hang', { timeout: 300_000 }, async () => {
    const report = await runFuzz({ count: 200, seed: 7, timeoutMs: 20_000 });
    expect(report.inputs).toBe(200);
    expect(report.crashes).toEqual([]);
    expect(report.hangs).toEqual([]);
  });
});
