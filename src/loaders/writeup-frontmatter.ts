/**
 * Ingest stage: the front matter a write-up may have. Write-ups are untrusted — every student's
 * write-up is built into the site every other student opens — so of Starlight's front matter they
 * get only fields that are plain text, a number or a flag, each shown as text. Fields that put
 * HTML, scripts or links into the page (`head`, `hero`, `banner`, `sidebar.attrs`, `prev`,
 * `next`, `editUrl` …) are refused. Authored pages (`content/pages/`) keep Starlight's schema.
 */
import { z } from 'astro/zod';

export const writeupFrontmatterSchema = z.strictObject({
  /** The page title, as text; without it, the write-up's first heading. */
  title: z.string().optional(),
  /** One sentence for search results and link previews, as text. */
  description: z.string().optional(),
  sidebar: z.strictObject({
    /** The write-up's name in the sidebar, as text (default: its title). */
    label: z.string().optional(),
    /** Position among the write-ups (default: file-name order). */
    order: z.number().optional(),
  }).optional(),
  /** `true`: left out of the built site. */
  draft: z.boolean().optional(),
});

/** For messages: what a write-up's front matter may hold. */
export const WRITEUP_FIELDS =
  'a write-up may use only `title`, `description`, `sidebar.label`, `sidebar.order` and `draft`';
