/**
 * Benchmark and tests: the pages issue 12 measures as a reader meets them (landing, write-ups
 * (one with a table, the vote write-up), a walkthrough, the comparison pages, an example, the
 * syllabus and a lesson), and the font budget every one of them keeps.
 */
export const MEASURED_PAGES = [
  '/',
  '/writeups/dockerization-of-flask-application/',
  '/writeups/containerizing-the-vote-service/',
  '/walkthroughs/multi-stage-python/',
  '/compare/',
  '/practices/',
  '/examples/03-multi-stage-slim/',
  '/syllabus/',
  '/lessons/layer-caching/',
] as const;

/** Fonts a first visit of any page may download, in bytes. */
export const FONT_BUDGET = 150 * 1024;
