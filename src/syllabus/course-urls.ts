/**
 * Course stage: the addresses of the course — syllabus, lessons and their PDFs. The PDFs are
 * written by `npm run pdf` (src/pdf/) after the site is built.
 */
import { withBase } from '../shared/base-path.ts';

export const SYLLABUS_ID = 'syllabus';

export function lessonId(slug: string): string {
  return `lessons/${slug}`;
}

export function pageUrl(entryId: string, base: string): string {
  return withBase(`/${entryId}/`, base);
}

/** The whole guide as one PDF. */
export function guidePdfUrl(base: string): string {
  return withBase('/pdf/shipshape-guide.pdf', base);
}

export function lessonPdfUrl(slug: string, base: string): string {
  return withBase(`/pdf/lessons/${slug}.pdf`, base);
}
