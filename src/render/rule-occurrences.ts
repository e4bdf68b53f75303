/**
 * Render stage: where a rule fires in the write-ups — each Dockerfile block finding that names
 * the rule (as primary id or alias), with the write-up, its file line and the block's anchor.
 */
import { blockLocation } from '../shared/block-location.ts';
import { shownPath } from '../shared/shown-path.ts';
import type { StoredBlock } from './dockerfile-block-schema.ts';

export interface PageWithBlocks {
  id: string;
  filePath?: string | undefined;
  data: { title: string; shownPath?: string | undefined; dockerfiles: StoredBlock[] };
}

export interface Occurrence {
  title: string;
  /** Page path and block anchor, without the site base: `writeups/x/#dockerfile-2`. */
  href: string;
  /** `content/writeups/x.md:57` */
  where: string;
  message: string;
  severity: string;
}

export function ruleOccurrences(ruleId: string, pages: readonly PageWithBlocks[]): Occurrence[] {
  const found: Occurrence[] = [];
  for (const page of [...pages].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const block of page.data.dockerfiles) {
      for (const finding of block.findings) {
        if (finding.rule !== ruleId) continue;
        found.push({
          title: page.data.title,
          href: `${page.id}/#${block.id}`,
          where: blockLocation(shownPath(page), block, finding.line),
          message: finding.message,
          severity: finding.severity,
        });
      }
    }
  }
  return found;
}
