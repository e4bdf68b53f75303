/**
 * Analyse stage, comparisons: every claim about a base image in every write-up, read from the
 * repaired text (so `â‰ˆ5MB` reads as `≈5MB`) with lines mapped back to the author's
 * file, and judged against the dataset. A folder write-up's base image is its Dockerfile's
 * (src/bundle/): on its own page from the loader's hand-off, on the compare page read with the
 * loader's own reader.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, relative } from 'node:path';
import { findWriteups } from '../bundle/find-writeups.ts';
import { readBundle } from '../bundle/read-bundle.ts';
import { bundleDockerfiles } from '../bundle/bundle-data.ts';
import { repairSource } from '../ingest/repair-source.ts';
import { entryId } from '../loaders/entry-ids.ts';
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

/**
 * The judged claims of one write-up file (lines are the file's own); `dockerfile` is the whole
 * Dockerfile beside it when it is a folder write-up.
 */
export function claimsOfFile(path: string, dataset: Dataset, root = process.cwd(),
  dockerfile?: string): WriteupClaims {
  // The page's address as the loader makes it (case kept, spaces as `-`), not a second guess.
  const page = `${entryId('writeup', dirname(path), path)}/`;
  return claimsOfText(readFileSync(path, 'utf8'), path, dataset, root, page, dockerfile);
}

function claimsOfText(text: string, path: string, dataset: Dataset, root: string, page: string,
  dockerfile: string | undefined): WriteupClaims {
  const file = relative(root, path).replace(/\\/g, '/');
  return claimsOfWriteup(text, file, page, dataset, dockerfile);
}

/**
 * The judged claims of a write-up's text as the loader stored it (`file` as shown, `page` its
 * address without the base; `dockerfile` the folder's, for a folder write-up): the cohort page
 * works from the collection, not the folder.
 */
export function claimsOfWriteup(text: string, file: string, page: string, dataset: Dataset,
  dockerfile?: string): WriteupClaims {
  const repaired = repairSource(text);
  const origin = (line: number) => repaired.origins[line - 1] ?? line;
  const found = extractClaims(repaired.text, file, undefined, dockerfile);
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
  for (const writeup of findWriteups(dir).writeups) {
    const path = writeup.markdown;
    const text = readFileSync(path, 'utf8');
    const dockerfile = writeup.folder === undefined ? undefined : bundleDockerfiles(readBundle(
      writeup.folder, basename(path), relative(root, writeup.folder)))[0]?.text;
    const key = `${path}\0${createHash('sha256').update(`${text}\0${dockerfile ?? ''}`)
      .digest('hex')}`;
    let found = cache.get(key);
    if (!found) {
      const page = `${entryId('writeup', dir, writeup.folder ?? path)}/`;
      found = claimsOfText(text, path, dataset, root, page, dockerfile);
      cache.set(key, found);
    }
    all.claims.push(...found.claims);
    all.unparsed.push(...found.unparsed);
  }
  return all;
}
