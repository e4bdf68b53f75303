/**
 * Outputs stage, PDF: the options of `npm run pdf` (zod; validated once, before any work).
 */
import { z } from 'astro/zod';

export const pdfOptionsSchema = z.object({
  /** The built guide, output of `astro build`. */
  dist: z.string().min(1).default('dist'),
  /** Where the PDFs are written; `<dist>/pdf` when not given. */
  out: z.string().min(1).optional(),
  /** The base the site was built with (`/courses/docker/`); read from the built HTML if unset. */
  base: z
    .string()
    .regex(/^\/?([^/?#]+\/?)*$/, 'a URL path such as `/` or `/courses/docker/`')
    .optional(),
  /** Version printed on the covers (package.json's `version`). */
  version: z.string().min(1),
  /** Build date printed on the covers, `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
  /** Also write one PDF per lesson (every page whose path starts with `lessons/`). */
  lessons: z.boolean().default(true),
  /**
   * Time each Chromium step (open, load, print) of one print document may take, in seconds;
   * a part holds at most a few dozen pages (`split-parts.ts`), so this does not grow with N.
   */
  timeoutSeconds: z.number().positive().default(300),
  /** Chromium to drive; found with `findBrowser()` when not given. */
  browser: z.string().min(1).optional(),
});

export type PdfOptions = z.output<typeof pdfOptionsSchema>;
export type PdfOptionsInput = z.input<typeof pdfOptionsSchema>;
