/**
 * Analyse stage, comparisons: every claim about a base image in every write-up, read from the
 * repaired text (so `â‰ˆ5MB` reads as `≈5MB`) with lines mapped back to the author's
 * file, and judged against the dataset.
 */
import { createHash } from 'node:crypto';
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
  return claimsOfText(readFileSync(path, 'utf8'), path, dataset, root);
}

function claimsOfText(text: string, path: string, dataset: Dataset, root: string):
  WriteupClaims {
  const file = relative(root, path).replace(/\\/g, '/');
  return claimsOfWriteup(text, file, `writeups/${basename(path).replace(/\.md$/, '')}/`, dataset);
}

/**
 * The judged claims of a write-up's text as the loader stored it (`file` as shown, `page` its
 * address without the base): the cohort page works from the collection, not the folder.
 */
export function claimsOfWriteup(text: string, file: string, page: string, dataset: Dataset):
  WriteupClaims {
  const repaired = repairSource(text);
  const origin = (line: number) => repaired.origins[line - 1] ?? line;
  const found = extractClaims(repaired.text, file);
  return {
    claims: found.claims.map((claim) => ({ ...claim, line: origin(claim.line), page,
      verdict: judgeClaim(claim, dataset) })),
    unparsed: found.unparsed.map((miss) => ({ ...miss, line: origin(miss.line) })),
  };
}

/**
 * Claims by the digest of the file's text: a write-up is repaired and read once per build, not
 * once per `::write-up-claims` directive. Made by the caller (one per Markdown processor), so no
 * state outlives a build.
 */
export type ClaimsCache = Map<string, WriteupClaims>;

export function readWriteupClaims(
  dir: string,
  dataset: Dataset,
  root = process.cwd(),
  cache: ClaimsCache = new Map(),
): WriteupClaims {
  const all: WriteupClaims = { claims: [], unparsed: [] };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
    const path = join(dir, name);
    const text = readFileSync(path, 'utf8');
    const key = `${path}\0${createHash('sha256').update(text).digest('hex')}`;
    let found = cache.get(key);
    if (!found) {
      found = claimsOfText(text, path, dataset, root);
      cache.set(key, found);
    }
    all.claims.push(...found.claims);
    all.unparsed.push(...found.unparsed);
  }
  return all;
}
