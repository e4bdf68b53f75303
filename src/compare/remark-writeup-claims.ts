/**
 * Analyse stage, remark plugin: a write-up's claims about base images (write-up-claims.ts), read
 * from the tree the pipeline parsed, right after the source repairs and before any step changes
 * it. They are kept on the file for the write-up's own tables (rehype-writeup-tables.ts) and
 * handed back to the loader (`frontmatter.shipshape.claims`), which stores them on the entry:
 * `/compare/` and the cohort overview read them from the collection, never from the files.
 */
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { writeupDockerfile } from '../bundle/bundle-data.ts';
import { repairedLineOf, repairedSourceOf } from '../ingest/remark-repair-source.ts';
import { frontmatterOf, readShipshapeInput } from '../shared/shipshape-frontmatter.ts';
import { claimsOfRepaired, type FoundClaims } from './write-up-claims.ts';

const KEY = 'shipshapeWriteupClaims';

/** The claims of the write-up being rendered, once `remarkWriteupClaims` has read them. */
export function writeupClaimsOf(data: Record<string, unknown>): FoundClaims | undefined {
  return data[KEY] as FoundClaims | undefined;
}

export const remarkWriteupClaims: Plugin<[], Root> = function () {
  return (tree, file) => {
    if (readShipshapeInput(file.data)?.kind !== 'writeup' || !file.path) return;
    const repaired = repairedSourceOf(file.data);
    if (!repaired) throw new Error('remarkWriteupClaims must run after remarkRepairSource.');
    const display = relative(file.cwd, file.path).replace(/\\/g, '/');
    const found = claimsOfRepaired(repaired, display, writeupDockerfile(file.data)?.text,
      { text: repaired.text, tree, lineOf: repairedLineOf(repaired) });
    (file.data as Record<string, unknown>)[KEY] = found;
    const shipshape = frontmatterOf(file.data)['shipshape'] as Record<string, unknown>;
    shipshape['claims'] = found;
  };
};
