/**
 * Exercises, site stage: whether a page needs the exercises' page script — a lesson holding an
 * exercise, or the syllabus with its progress line — read from the page's rendered HTML, so
 * every other page ships none of it.
 */

/** The markers remark-exercises.ts and syllabus-page.ts write. */
const MARKERS = /\sdata-exercise-id="|\sdata-course-progress[\s=>]/;

export function needsExercisesScript(html: string | undefined): boolean {
  // Searched for as text first: with its leading `\s` the pattern is tried at every position
  // of every page (0.13 s over the pages of 200 write-ups, none of which has an exercise).
  return html !== undefined && (html.includes('data-exercise-id="') ||
    html.includes('data-course-progress')) && MARKERS.test(html);
}
