/**
 * Analyse stage, comparisons: the claims a write-up makes, as its collection entry stores them
 * (`data.claims`) for the pages that list them (`/compare/`, the cohort overview, the write-up's
 * own tables). Found once, from the tree the pipeline parsed; lines are the author's file's. They
 * are judged against the dataset where they are shown, so the entry does not depend on it.
 */
import { z } from 'astro/zod';
import type { Claim, UnparsedClaim } from './types.ts';

const sizeSchema = z.object({
  bytes: z.number(),
  low: z.number().optional(),
  high: z.number().optional(),
  bound: z.enum(['below', 'above']).optional(),
  approx: z.boolean(),
  unit: z.enum(['B', 'KB', 'MB', 'GB', 'KiB', 'MiB', 'GiB']),
  raw: z.string(),
});

const claimSchema = z.object({
  file: z.string(),
  line: z.number().int(),
  image: z.string().optional(),
  subject: z.enum(['base-image', 'final-image', 'unknown']),
  property: z.enum(['size', 'shell', 'package-manager', 'libc', 'default-user', 'other']),
  value: z.string(),
  size: sizeSchema.optional(),
  context: z.string(),
  source: z.enum(['table', 'sentence']),
  stage: z.string().optional(),
});

const unparsedClaimSchema = z.object({
  file: z.string(),
  line: z.number().int(),
  text: z.string(),
  reason: z.string(),
});

export const foundClaimsSchema = z.object({
  /** Every claim about an image, in reading order (see types.ts). */
  claims: z.array(claimSchema),
  /** What reads like a claim but could not be pinned to an image; listed, never dropped. */
  unparsed: z.array(unparsedClaimSchema),
});
export type FoundClaims = z.output<typeof foundClaimsSchema>;

// The schema and the extractor's types describe one thing: a change to one fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const claimsMatch: Same<z.output<typeof claimSchema>, Claim> &
  Same<z.output<typeof unparsedClaimSchema>, UnparsedClaim> = true;
void claimsMatch;
