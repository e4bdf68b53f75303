/**
 * Shared by every stage: the per-file data type (what a VFile carries in `data`) — the small
 * record the guide loader passes to the Markdown plugins through the front matter of each
 * rendered entry, the record they hand back, and the diagnostics every stage reports.
 */
import { z } from 'astro/zod';

export const diagnosticSchema = z.object({
  /** 1-based line in the original file. */
  line: z.number().int().positive(),
  /** Stable id of the step that reported it, e.g. `mojibake`. */
  ruleId: z.string(),
  /** `info` for accepted quirks, `warning` for repairs and removals. */
  severity: z.enum(['info', 'warning']),
  /** What was found and what was done, in one sentence. */
  message: z.string(),
});
export type Diagnostic = z.output<typeof diagnosticSchema>;

export const shipshapeInputSchema = z.object({
  /** What kind of entry this is: write-ups may omit their title. */
  kind: z.enum(['writeup', 'page']),
  /** Lines that the front matter hand-off adds above the body (subtracted from positions). */
  lineOffset: z.number().int().nonnegative(),
});
export type ShipshapeInput = z.output<typeof shipshapeInputSchema>;

/** Reads the hand-off record from a VFile's Astro data, or undefined outside the loader. */
export function readShipshapeInput(data: Record<string, unknown>): ShipshapeInput | undefined {
  const astro = data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
  const parsed = shipshapeInputSchema.safeParse(astro?.frontmatter?.['shipshape']);
  return parsed.success ? parsed.data : undefined;
}

/** The front matter object the plugins may write into (created when missing). */
export function frontmatterOf(data: Record<string, unknown>): Record<string, unknown> {
  const astro = (data['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
  return (astro.frontmatter ??= {});
}
