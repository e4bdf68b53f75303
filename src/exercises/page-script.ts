/**
 * Exercises, site stage: whether a page needs the exercises' page script — a lesson holding an
 * exercise, or the syllabus with its progress line — read from the page's rendered HTML, so
 * every other page ships none of it.
 */

/** The markers remark-exercises.ts and syllabus-page.ts write. */
const MARKERS = /\sdata-exercise-id="|\sdata-course-progress[\s=>]/;

export function needsExercisesScript(html: string | undefined): boolean {
  return html !== undefined && MARKERS.test(html);
}
