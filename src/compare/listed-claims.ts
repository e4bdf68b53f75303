/**
 * Analyse stage, comparisons: the write-ups' claims as a page that lists them all receives them.
 * Each write-up's claims are stored on its collection entry (remark-writeup-claims.ts); the guide
 * loader reads them from the collection and hands them to a page that asks for them (one that
 * writes `::write-up-claims`) as `shipshape.writeupClaims` in its front matter, the way it hands
 * a folder write-up its files. `rehype-compare.ts` judges and draws them.
 */
import { z } from 'astro/zod';
import { foundClaimsSchema } from './claims/claims-schema.ts';

export const listedClaimsSchema = z.array(z.object({
  /** The write-up's page, without the site base: `writeups/x/`. */
  page: z.string(),
  claims: foundClaimsSchema,
}));
export type ListedClaims = z.output<typeof listedClaimsSchema>;

/** Whether a page's Markdown asks for the write-ups' claims (then the loader hands them over). */
export function listsWriteupClaims(markdown: string): boolean {
  return markdown.includes('::write-up-claims');
}

/** The claims handed to the page being rendered, or undefined when none were. */
export function listedClaimsOf(data: Record<string, unknown>): ListedClaims | undefined {
  const astro = data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
  const shipshape = astro?.frontmatter?.['shipshape'] as Record<string, unknown> | undefined;
  if (shipshape?.['writeupClaims'] === undefined) return undefined;
  return shipshape['writeupClaims'] as ListedClaims;
}
