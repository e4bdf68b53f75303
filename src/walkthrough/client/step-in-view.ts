/**
 * Render stage, walkthrough browser script: which step the reader is reading, from where the steps
 * sit in the window. The last step whose top has passed the reading line (40 % down the window);
 * at the end of the page, where the last steps can never reach that line, the last step in view.
 */
const READING_LINE = 0.4;

/** Index of the step in view, from each step's top (px from the window's top); none if none. */
export function stepInView(
  tops: readonly number[],
  viewportHeight: number,
  atPageEnd: boolean,
): number | undefined {
  const line = viewportHeight * READING_LINE;
  let chosen: number | undefined;
  tops.forEach((top, index) => {
    if (top <= line || (atPageEnd && top < viewportHeight)) chosen = index;
  });
  return chosen;
}
