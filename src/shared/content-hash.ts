/**
 * Shared: a small, fast, synchronous 64-bit hash (two 32-bit FNV-1a-style lanes with different
 * seeds and a final mix) for cache keys: the build simulation's (examples) and the names of
 * ShellCheck's report files (which also store their whole key, so a collision is only a miss).
 * Not cryptographic and not BuildKit's digest: it only needs "same input, same key; different
 * input, almost surely a different key", in Node and in the browser, without async Web Crypto,
 * and without loading `node:crypto` (4-5 ms of a CLI call).
 */

/** 16 hex digits. */
export function hashBytes(data: Uint8Array, seed = 0): string {
  let a = (0x811c9dc5 ^ seed) >>> 0;
  let b = (0x01000193 ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  for (const byte of data) {
    a = Math.imul(a ^ byte, 0x01000193);
    b = Math.imul(b ^ byte, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b = Math.imul(b ^ (b >>> 16), 0x27d4eb2f) ^ Math.imul(a ^ (a >>> 15), 0x165667b1);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}

export function hashText(text: string): string {
  return hashBytes(new TextEncoder().encode(text));
}
