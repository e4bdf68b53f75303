/**
 * Cohort: the write-up entries of the collection as the cohort reads them, with their claims
 * judged against the dataset when the guide has one (`content/data/base-images.yaml`).
 */
import { existsSync } from 'node:fs';
import { claimsOfWriteup } from '../compare/write-up-claims.ts';
import { DATASET_FILE, readDataset } from '../compare/load-dataset.ts';
import type { PageEvidence } from '../dockerfile/practices.ts';
import type { StoredBlock } from '../render/dockerfile-block-schema.ts';
import type { CohortEntry } from './cohort-model.ts';

/** What a `docs` collection entry holds that the cohort reads. */
export interface StoredEntry {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: { title: string; dockerfiles: StoredBlock[]; practiceEvidence: PageEvidence };
}

/**
 * A folder write-up's whole Dockerfile, from its stored blocks: the one its file beside the
 * write-up shows, chosen as src/bundle/bundle-data.ts chooses it (the shallowest, a plain
 * `Dockerfile` before `*.Dockerfile`). Size claims are about its base image.
 */
function folderDockerfile(blocks: readonly StoredBlock[]): string | undefined {
  const depth = (b: StoredBlock) => b.file!.split('/').length;
  const plain = (b: StoredBlock) => (/^dockerfile$/i.test(b.file!.split('/').at(-1) ?? '') ? 0 : 1);
  return blocks.filter((b) => b.file !== undefined)
    .sort((a, b) => depth(a) - depth(b) || plain(a) - plain(b) ||
      (a.file! < b.file! ? -1 : a.file! > b.file! ? 1 : 0))[0]?.source;
}

/** The write-ups among `entries`; `hasDataset` false when the guide has no dataset to judge. */
export function cohortEntries(entries: readonly StoredEntry[]):
  { entries: CohortEntry[]; hasDataset: boolean } {
  const hasDataset = existsSync(DATASET_FILE);
  const dataset = hasDataset ? readDataset() : undefined;
  return {
    hasDataset,
    entries: entries.filter((entry) => entry.id.startsWith('writeups/')).map((entry) => {
      const filePath = entry.filePath ?? entry.id;
      const body = entry.body ?? '';
      return {
        id: entry.id,
        title: entry.data.title,
        filePath,
        dockerfiles: entry.data.dockerfiles,
        practiceEvidence: entry.data.practiceEvidence,
        body,
        claims: dataset ? claimsOfWriteup(body, filePath, `${entry.id}/`, dataset,
          folderDockerfile(entry.data.dockerfiles)).claims : [],
      };
    }),
  };
}
