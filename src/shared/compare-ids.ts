/**
 * Shared by every stage: the order of identifiers (rule ids such as `DL3008`, `SC2086`,
 * `SecretsUsedInArgOrEnv`) in lists of findings. Letters compare ignoring case first, as
 * `localeCompare` orders ASCII words, then by code unit, so the order is the same on every
 * machine, whatever its locale. Not `localeCompare` itself: its first call builds ICU's
 * collator, 7-10 ms measured, which a cold `shipshape lint` paid for sorting its findings.
 */
export function compareIds(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
