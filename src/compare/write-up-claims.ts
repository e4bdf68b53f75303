/**
 * Analyse stage, comparisons: every claim about a base image in every write-up, read from the
 * repaired text (so `â‰ˆ5MB` reads as `≈5MB`) with lines mapped back to the author's
 * file, and judged against the dataset.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { repairSource } from '../ingest/repair-source.ts';
import { extractClaims } from './claims/extract-claims.ts';
import type { Claim, UnparsedClaim } from './claims/types.ts';
import type { Dataset } from './dataset-schema.ts';
import { judgeClaim, type Verdict } from './verdicts.ts';

export interface JudgedClaim extends Claim {
  verdict: Verdict;
  /** Page of the write-up, without the site base: `writeups/x/`. */
  page: string;
}

export interface WriteupClaims {
  claims: JudgedClaim[];
  unparsed: UnparsedClaim[];
}

/** The judged claims of one write-up file (lines are the file's own). */
export function claimsOfFile(path: string, dataset: Dataset, root = process.cwd()):
  WriteupClaims {
  const file = relative(root, path).replace(/\\/g, '/');
  const repaired = repairSource(readFileSync(path, 'utf8'));
  const origin = (line: number) => repaired.origins[line - 1] ?? line;
  const found = extractClaims(repaired.text, file);
  const page = `writeups/${basename(path).replace(/\.md$/, '')}/`;
  return {
    claims: found.claims.map((claim) => ({ ...claim, line: origin(claim.line), page,
      verdict: judgeClaim(claim, dataset) })),
    unparsed: found.unparsed.map((miss) => ({ ...miss, line: origin(miss.line) })),
  };
}

export function readWriteupClaims(dir: string, dataset: Dataset, root = process.cwd()):
  WriteupClaims {
  const all: WriteupClaims = { claims: [], unparsed: [] };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
    const found = claimsOfFile(join(dir, name), dataset, root);
    all.claims.push(...found.claims);
    all.unparsed.push(...found.unparsed);
  }
  return all;
}
