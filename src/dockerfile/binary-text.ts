/**
 * Analyse stage, Dockerfile engine: tells binary data from text before it is linted. Random
 * bytes without a NUL still decode to a string, and the parser turns any string into findings
 * (64 KB of noise gave 1,416), so the CLI asks here first and refuses such input (exit 2).
 * Browser-safe.
 */

/** How much of the text is looked at: enough to judge, cheap on a 100 MB file. */
const SAMPLE = 8192;

/**
 * Share of suspicious characters above which a text is binary. Text never has more than a few
 * (a stray form feed, one mis-encoded Latin-1 letter in a comment); random bytes have about half.
 */
const MAX_SUSPICIOUS_SHARE = 0.1;

/**
 * A control character no text file uses (C0 other than tab, line feed, vertical tab, form feed,
 * carriage return and escape; DEL; C1), or U+FFFD, which decoding puts for invalid UTF-8.
 */
function isSuspicious(code: number): boolean {
  if (code < 32) return !(code >= 9 && code <= 13) && code !== 27;
  return code === 0x7f || (code >= 0x80 && code <= 0x9f) || code === 0xfffd;
}

/**
 * Why `text` (decoded from a file's bytes with replacement characters) is binary data rather than
 * a Dockerfile, or undefined when it reads as text: a NUL in the first 8 KB, or more than 10% of
 * the first 8 KB control characters or invalid UTF-8.
 */
export function binaryReason(text: string): string | undefined {
  const sample = text.slice(0, SAMPLE);
  if (sample.includes('\0')) return 'contains NUL bytes';
  let suspicious = 0;
  for (let i = 0; i < sample.length; i++) {
    if (isSuspicious(sample.charCodeAt(i))) suspicious++;
  }
  const share = sample.length === 0 ? 0 : suspicious / sample.length;
  if (share <= MAX_SUSPICIOUS_SHARE) return undefined;
  return `${Math.round(share * 100)}% control characters or invalid UTF-8 in the first 8 KB`;
}
