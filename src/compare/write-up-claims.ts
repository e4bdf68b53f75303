/**
 * Analyse stage, comparisons: every claim about a base image in a write-up, read from the
 * repaired text (so `â‰ˆ5MB` reads as `≈5MB`) with lines mapped back to the author's file, and
 * judged against the dataset where it is shown. In the pipeline the claims come from the tree it
 * already parsed (remark-writeup-claims.ts) and are stored on the write-up's entry; the pages
 * that list them read the collection, never the write-up files.
 */
import { repairSource, type RepairedSource } from '../ingest/repair-source.ts';
import { extractClaims } from './claims/extract-claims.ts';
import type { ParsedMarkdown } from '../shared/parsed-markdown.ts';
import type { FoundClaims } from './claims/claims-schema.ts';
import type { Claim, UnparsedClaim } from './claims/types.ts';
import type { Dataset } from './dataset-schema.ts';
import { judgeClaim, type Verdict } from './verdicts.ts';

export type { FoundClaims } from './claims/claims-schema.ts';

export interface JudgedClaim extends Claim {
  verdict: Verdict;
  /** Page of the write-up, without the site base: `writeups/x/`. */
  page: string;
}

export interface WriteupClaims {
  claims: JudgedClaim[];
  unparsed: UnparsedClaim[];
}

/**
 * The claims of a write-up's repaired text (`file` as claims name it; `dockerfile` the folder's,
 * for a folder write-up), lines mapped back to the author's file. `parsed` is the pipeline's
 * tree of `repaired.text`; without it the text is parsed here.
 */
export function claimsOfRepaired(repaired: RepairedSource, file: string, dockerfile?: string,
  parsed?: ParsedMarkdown): FoundClaims {
  const origin = (line: number) => repaired.origins[line - 1] ?? line;
  const found = extractClaims(repaired.text, file, undefined, dockerfile, parsed);
  return {
    claims: found.claims.map((claim) => ({ ...claim, line: origin(claim.line) })),
    unparsed: found.unparsed.map((miss) => ({ ...miss, line: origin(miss.line) })),
  };
}

/** The claims of a write-up's text as the author wrote it, outside the pipeline (tests, tools). */
export function claimsOfWriteup(text: string, file: string, dockerfile?: string): FoundClaims {
  return claimsOfRepaired(repairSource(text), file, dockerfile);
}

/** A write-up's claims judged against the dataset; `page` its address without the base. */
export function judgeClaims(found: FoundClaims, page: string, dataset: Dataset): WriteupClaims {
  return {
    claims: found.claims.map((claim) => ({ ...claim, page,
      verdict: judgeClaim(claim, dataset) })),
    unparsed: found.unparsed,
  };
}

/** Every write-up's claims judged, in the order given (`page`: its address without the base). */
export function judgeAllClaims(writeups: readonly { page: string; claims: FoundClaims }[],
  dataset: Dataset): WriteupClaims {
  const all: WriteupClaims = { claims: [], unparsed: [] };
  for (const { page, claims } of writeups) {
    const judged = judgeClaims(claims, page, dataset);
    all.claims.push(...judged.claims);
    all.unparsed.push(...judged.unparsed);
  }
  return all;
}
