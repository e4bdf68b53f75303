/**
 * Shared by every stage: how far a write-up may go before the build refuses, cuts or flattens it.
 * Each limit is named in the README ("Adding a write-up" → "Limits"), so an author who meets one
 * can find why. Generous for real write-ups; small enough that no input can hang the build.
 */

/** A file an author points at (`file="Dockerfile"` in a walkthrough): 256 KB. */
export const MAX_REFERENCED_FILE_BYTES = 256 * 1024;

/** One Markdown file (a write-up or a page): 1 MB, about 150,000 words. */
export const MAX_MARKDOWN_BYTES = 1024 * 1024;

/** One file of an example project (it is shown on the page and zipped): 1 MB. */
export const MAX_EXAMPLE_FILE_BYTES = 1024 * 1024;

/** A local image a write-up shows: 20 MB. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** Blockquotes, lists and HTML elements nested in one another, in the Markdown source. */
export const MAX_NESTING = 32;

/**
 * Emphasis markers (`*`, `_`) or link brackets (`[`) on one line: past this, the inline parser
 * nests them thousands deep (and slows down quadratically); the rest are shown as text.
 */
export const MAX_INLINE_MARKERS = 256;

/** Line numbers and ranges in one `lines="…"` attribute. */
export const MAX_LINE_RANGES = 100;

/** Rows of one table on a page; the rest is cut, with a note where it was. */
export const MAX_TABLE_ROWS = 1000;

/** Cells of one table on a page (rows × columns); the rest is cut, with a note. */
export const MAX_TABLE_CELLS = 20_000;

/** Files of one write-up folder listed on its page (the app's files included); the rest counted. */
export const MAX_FOLDER_FILES = 200;

/** One file of a write-up folder shown on its page: 128 KB; a larger one is listed, not shown. */
export const MAX_SHOWN_FILE_BYTES = 128 * 1024;
