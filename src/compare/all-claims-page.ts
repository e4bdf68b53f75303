/**
 * Render stage, comparisons: the page of every claim (src/routes/compare/claims.astro). The
 * claims stored on the write-ups' entries are judged against the dataset and drawn as the table
 * `/compare/` shows for a small class (claims-table.ts).
 */
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { claimsTable } from './claims-table.ts';
import { readDataset } from './load-dataset.ts';
import { judgeAllClaims, type FoundClaims } from './write-up-claims.ts';

/** The page's table as HTML, and the counts its introduction gives. */
export interface AllClaimsPage {
  html: string;
  claims: number;
  writeupsWithClaims: number;
}

/**
 * `writeups`: each write-up's address (without the base) and stored claims; `dataset`: the
 * dataset's file from the project root; `base`: the site base, for the links to the write-ups.
 */
export function allClaimsPage(writeups: readonly { page: string; claims: FoundClaims }[],
  dataset: string, base: string): AllClaimsPage {
  const all = judgeAllClaims(writeups, readDataset(join(process.cwd(), dataset)));
  return {
    html: toHtml(claimsTable(all, base)),
    claims: all.claims.length,
    writeupsWithClaims: new Set(all.claims.map((claim) => claim.page)).size,
  };
}
