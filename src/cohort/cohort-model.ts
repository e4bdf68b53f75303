/**
 * Analyse stage, cohort: the instructor's overview of every write-up, computed from what the
 * pipeline stored on each entry (its Dockerfile blocks with their findings, the practices
 * evidence, its text) — never from the files again. Per write-up: findings by severity and the
 * practices row; across the cohort: the findings ranked by how many write-ups have them, the
 * claims that disagree with the dataset, and the pairs of write-ups that are (nearly) the same
 * text. Pure: the page (src/cohort/cohort-page.astro) only lays it out.
 */
import { evaluatePractices, type PracticeResult } from '../dockerfile/practices.ts';
import type { PageEvidence } from '../dockerfile/practices.ts';
import type { StoredBlock } from '../render/dockerfile-block-schema.ts';
import type { JudgedClaim } from '../compare/write-up-claims.ts';
import { blockLocation } from '../shared/block-location.ts';
import { compareTitles } from '../shared/title-order.ts';
import { similarGroups, similarPairs, type SimilarGroup } from './similarity.ts';

export const SEVERITIES = ['error', 'warning', 'info', 'style'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What the cohort reads of one write-up entry. */
export interface CohortEntry {
  /** Entry id, `writeups/x`. */
  id: string;
  title: string;
  /** `content/writeups/x.md`, as the loader stored it. */
  filePath: string;
  dockerfiles: readonly StoredBlock[];
  practiceEvidence: PageEvidence;
  /** The write-up's text as stored on the entry (for similarity). */
  body: string;
  /** Its claims about base images, judged against the dataset (none without a dataset). */
  claims: readonly JudgedClaim[];
}

export interface CohortRow {
  entry: CohortEntry;
  /** Findings per severity, in the blocks that count (bad and "before" examples set aside). */
  counts: Record<Severity, number>;
  practices: Map<string, PracticeResult>;
}

export interface Occurrence {
  id: string;
  title: string;
  /** The block's findings panel on the write-up's page: `writeups/x/#dockerfile-2`. */
  href: string;
  /** `content/writeups/x.md:12`, or `content/writeups/x/Dockerfile:3` for the folder's own. */
  where: string;
}

export interface CommonFinding {
  rule: string;
  /** The rule page, without the site base. */
  url: string;
  severity: Severity;
  /** The first message seen, to say what the rule is about. */
  message: string;
  /** Write-ups that have it at least once. */
  writeups: number;
  occurrences: Occurrence[];
}

export interface Disagreement {
  entry: CohortEntry;
  claim: JudgedClaim;
}

/** Write-ups with the same or nearly the same text (similarity.ts `similarGroups`). */
export interface DuplicateGroup extends SimilarGroup {
  /** The group's write-ups, in the page's order (by title, then id). */
  members: CohortEntry[];
}

export interface Cohort {
  rows: CohortRow[];
  common: CommonFinding[];
  disagreements: Disagreement[];
  duplicates: DuplicateGroup[];
}

/** Blocks the write-up presents as a bad or "before" example: their findings are on purpose. */
function countedBlocks(entry: CohortEntry): StoredBlock[] {
  const setAside = new Set(entry.practiceEvidence.blocks
    .filter((b) => b.role === 'example' || b.role === 'earlier').map((b) => b.id));
  return entry.dockerfiles.filter((block) => !setAside.has(block.id));
}

export function buildCohort(entries: readonly CohortEntry[]): Cohort {
  const sorted = [...entries].sort((a, b) => compareTitles(a.title, b.title)
    || a.id.localeCompare(b.id));
  const common = new Map<string, CommonFinding>();
  const rows = sorted.map((entry) => {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, style: 0 };
    const seen = new Set<string>();
    for (const block of countedBlocks(entry)) {
      for (const finding of block.findings) {
        counts[finding.severity] += 1;
        let rule = common.get(finding.rule);
        if (!rule) {
          rule = { rule: finding.rule, url: finding.url, severity: finding.severity,
            message: finding.message, writeups: 0, occurrences: [] };
          common.set(finding.rule, rule);
        }
        if (!seen.has(finding.rule)) rule.writeups += 1;
        seen.add(finding.rule);
        rule.occurrences.push({ id: entry.id, title: entry.title,
          href: `${entry.id}/#${block.id}`,
          where: blockLocation(entry.filePath, block, finding.line) });
      }
    }
    return { entry, counts,
      practices: evaluatePractices(entry.dockerfiles, entry.practiceEvidence) };
  });
  const order = new Map(sorted.map((e, k) => [e.id, k]));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const duplicates = similarGroups(similarPairs(entries.map((e) => ({ id: e.id, text: e.body }))))
    .map((group) => ({ ...group, members: group.ids.map((id) => byId.get(id)!)
      .sort((a, b) => order.get(a.id)! - order.get(b.id)!) }));
  return {
    rows,
    common: [...common.values()].sort((a, b) => b.writeups - a.writeups
      || b.occurrences.length - a.occurrences.length || a.rule.localeCompare(b.rule)),
    disagreements: sorted.flatMap((entry) => entry.claims
      .filter((claim) => claim.verdict.kind === 'disagrees')
      .map((claim) => ({ entry, claim }))),
    duplicates,
  };
}

/**
 * What a group's "Shared" cell says: `identical`, one share (`87%`) or the least and most shared
 * by two of its write-ups (`64–100%`).
 */
export function sharedText(group: SimilarGroup): string {
  if (group.identical) return 'identical';
  const [least, most] = [percent(group.least), percent(group.most)];
  return least === most ? most : `${least.slice(0, -1)}–${most}`;
}

/** A share as the page prints it: `100%`, `87%` (floored, so 99.6% is not shown as 100%). */
export function percent(share: number): string {
  return `${Math.floor(share * 100)}%`;
}
