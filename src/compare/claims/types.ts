/**
 * Analyse stage, comparisons: what the claim extractor hands to the comparison step. A claim is
 * one thing a write-up says about one image (a size, whether it has a shell, …), located at the
 * file and line where it is written so the guide can point the author at it.
 */
import type { ParsedSize } from './parse-size.ts';

export type { ParsedSize, SizeUnit } from './parse-size.ts';

/**
 * Whose size a claim gives. Write-ups mix the base image (`python:3.13-slim`) with the image they
 * built on it, and the two differ by the app and its dependencies; the comparison step needs to
 * know which one a number is meant to be before calling it wrong.
 */
export type ClaimSubject = 'base-image' | 'final-image' | 'unknown';

export type ClaimProperty =
  | 'size' | 'shell' | 'package-manager' | 'libc' | 'default-user' | 'other';

export interface Claim {
  /** The write-up, as the caller named it (e.g. `content/writeups/x.md`). */
  file: string;
  /** 1-based line in the file where the number or property is written. */
  line: number;
  /**
   * Normalized image reference the claim is about (`python:3.13-slim`,
   * `gcr.io/distroless/python3-debian11`), or a family (`alpine`, `slim`, `full`, `distroless`)
   * when only the variant is named. For a final-image claim: the base the author built on.
   */
  image?: string | undefined;
  /**
   * `final-image` covers every image the author built on the base: the final image, or a named
   * build stage (see `stage`).
   */
  subject: ClaimSubject;
  property: ClaimProperty;
  /** As written, e.g. `~60 MB`, `Yes (busybox)`. */
  value: string;
  /** Present on size claims. */
  size?: ParsedSize | undefined;
  /** The sentence or table row, whitespace collapsed, for display. */
  context: string;
  source: 'table' | 'sentence';
  /** The build stage a size table names when it is not the final one (`Builder`). */
  stage?: string | undefined;
}

/** Something that reads like a claim but could not be attributed or read; listed, not dropped. */
export interface UnparsedClaim {
  file: string;
  line: number;
  /** The sentence or table row it sits in. */
  text: string;
  /** Why it was not made a claim, naming the value in backticks. */
  reason: string;
}

/**
 * Says which image a short span of text names: `python:3.13-slim`, `Python 3.13-slim`, `Alpine`,
 * `standard Python images`. It is asked about whole spans (a code span, a word, a run of two or
 * three words) and must answer only when the whole span is an image reference or variant, so that
 * the extractor knows where in a sentence each image is named.
 */
export type ImageMatcher = (text: string) => string | undefined;
