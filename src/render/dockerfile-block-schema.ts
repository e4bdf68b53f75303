/**
 * Render stage: the stored form of a write-up's Dockerfile blocks and their findings (kept on the
 * content entry, read by the rule pages and the practices matrix).
 */
import { z } from 'astro/zod';
import type { Finding } from '../dockerfile/rule.ts';
import type { DockerfileBlock } from './rehype-dockerfile-findings.ts';

export const findingSchema = z.object({
  rule: z.string(),
  /** The same problem as another rule set reports it, at its own line. */
  related: z.array(z.object({ rule: z.string(), line: z.number().int() })),
  severity: z.enum(['error', 'warning', 'info', 'style']),
  /** Lines within the block (1-based). */
  line: z.number().int(),
  endLine: z.number().int(),
  message: z.string(),
  /** The rule page, without the site base. */
  url: z.string(),
});

export const suppressedSchema = findingSchema.extend({
  /** The comment (or setting) that silenced the finding. */
  suppressedBy: z.object({
    /** Line of the comment within the block; absent for a setting. */
    line: z.number().int().optional(),
    /** The comment after `#`, or where the setting comes from. */
    text: z.string(),
  }),
});

export const dockerfileBlockSchema = z.object({
  /** Anchor of the block's findings on its page. */
  id: z.string(),
  /** File line of the block's first code line. */
  line: z.number().int(),
  /**
   * The file beside a folder write-up that the block shows (`Dockerfile`, relative to the
   * write-up's folder); `line` is then that file's. Absent: a block of the write-up.
   */
  file: z.string().optional(),
  /** Linted as a snippet (no FROM). */
  fragment: z.boolean(),
  /** The block's text. */
  source: z.string(),
  findings: z.array(findingSchema),
  /** Findings silenced by a comment in the block. */
  suppressed: z.array(suppressedSchema).default([]),
});

// The stored form must stay the engine's own shapes.
export type StoredFinding = z.output<typeof findingSchema>;
export type StoredBlock = z.output<typeof dockerfileBlockSchema>;
const _findingMatches: StoredFinding = {} as Finding;
const _blockMatches: StoredBlock = {} as DockerfileBlock;
void _findingMatches;
void _blockMatches;
