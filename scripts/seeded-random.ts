/**
 * Mulberry32: a small seeded generator, the same numbers on every machine and run. The fuzzer,
 * the generated cohort and the random-case tests draw from it, so that a failure can be run
 * again from its seed. Not for anything that needs to be unpredictable.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
