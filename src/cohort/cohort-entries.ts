/**
 * Cohort: the write-up entries of the collection as the cohort reads them, with the claims stored
 * on each entry (read once from its tree, src/compare/remark-writeup-claims.ts) judged against the
 * dataset when the guide has one (`content/data/base-images.yaml`).
 */
import { existsSync } from 'node:fs';
import { judgeClaims, type FoundClaims } from '../compare/write-up-claims.ts';
import { DATASET_FILE, readDataset } from '../compare/load-dataset.ts';
import type { PageEvidence } from '../dockerfile/practices.ts';
import type { StoredBlock } from '../render/dockerfile-block-schema.ts';
import type { CohortEntry } from './cohort-model.ts';
import { shownPath } from '../shared/shown-path.ts';

/** What a `docs` collection entry holds that the cohort reads. */
export interface StoredEntry {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: { title: string; shownPath?: string | undefined; dockerfiles: StoredBlock[];
    practiceEvidence: PageEvidence; claims: FoundClaims };
}

/** The write-ups among `entries`; `hasDataset` false when the guide has no dataset to judge. */
export function cohortEntries(entries: readonly StoredEntry[]):
  { entries: CohortEntry[]; hasDataset: boolean } {
  const hasDataset = existsSync(DATASET_FILE);
  const dataset = hasDataset ? readDataset() : undefined;
  return {
    hasDataset,
    entries: entries.filter((entry) => entry.id.startsWith('writeups/')).map((entry) => {
      const filePath = shownPath(entry);
      const body = entry.body ?? '';
      return {
        id: entry.id,
        title: entry.data.title,
        filePath,
        dockerfiles: entry.data.dockerfiles,
        practiceEvidence: entry.data.practiceEvidence,
        body,
        claims: dataset ? judgeClaims(entry.data.claims, `${entry.id}/`, dataset).claims : [],
      };
    }),
  };
}
