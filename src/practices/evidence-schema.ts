/**
 * Practices: the stored form of what a page shows as evidence for the practices matrix — which
 * Dockerfile block is its final file, which blocks are set aside and why, which `.dockerignore`
 * it shows — kept on the content entry beside its Dockerfile blocks (`dockerfiles`).
 */
import { z } from 'astro/zod';
import type { PageEvidence } from '../dockerfile/practices.ts';

/** Where in the write-up a block sits: its heading, for a link a reader can follow. */
const sectionSchema = z.object({
  /** The heading's anchor ('' before the first heading). */
  id: z.string(),
  title: z.string(),
});

export const blockRoleSchema = z.object({
  /** The block's id among the page's Dockerfile blocks (`dockerfile-3`). */
  id: z.string(),
  /** File line of the block's first code line. */
  line: z.number().int(),
  /**
   * The Dockerfile beside the write-up that the block shows (relative to the write-up's
   * folder); `line` and the block's lines are then that file's. Absent: the write-up's lines.
   */
  file: z.string().optional(),
  section: sectionSchema,
  /**
   * `final`: the file the write-up is judged on; `evidence`: a snippet that counts (no final
   * file); `earlier`: another Dockerfile when there is a final one; `example`: a bad or "before"
   * example.
   */
  role: z.enum(['final', 'evidence', 'earlier', 'example']),
  /** Why, in a phrase a reader sees ("introduced as “Bad Example:”"). */
  reason: z.string(),
});

export const dockerignoreShownSchema = z.object({
  /** File line of the block's first line. */
  line: z.number().int(),
  /** The `.dockerignore` file beside a folder write-up (then `line` is that file's). */
  file: z.string().optional(),
  section: sectionSchema,
  /** Patterns that exclude something (`!` re-includes left out). */
  excludes: z.array(z.string()),
  /** How the block was recognized. */
  how: z.string(),
});

export const practiceEvidenceSchema = z.object({
  /** Every Dockerfile block of the page with its role, in document order. */
  blocks: z.array(blockRoleSchema).default([]),
  /** `.dockerignore` files the page shows, in document order. */
  dockerignores: z.array(dockerignoreShownSchema).default([]),
  /** First line whose prose names `.dockerignore`, when the page names it at all. */
  dockerignoreMention: z.number().int().optional(),
  /**
   * A folder write-up (src/bundle/): its folder is known, so a `.dockerignore` missing from it
   * is known to be missing, not unknown.
   */
  folder: z.boolean().optional(),
});

export type PracticeEvidence = z.output<typeof practiceEvidenceSchema>;
// The stored form must stay what the matrix reads.
const _matches: PageEvidence = {} as PracticeEvidence;
void _matches;
