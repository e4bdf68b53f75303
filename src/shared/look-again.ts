/**
 * Shared by every watcher in `astro dev` (write-ups and pages, examples, the syllabus): a file
 * read because of a watcher's event is looked at again a little later, and handled again if it
 * changed since. chokidar (Vite's watcher) passes on one `change` per file in 50 ms and drops
 * the rest, so a save written in two steps (emptied, then written, as `writeFileSync` does)
 * could be read empty and never again: seen in the dev-reload test on a loaded machine, where
 * a folder write-up's page kept an empty Dockerfile.
 */
import { statSync } from 'node:fs';

/** How long after a read the file is looked at again. */
export const LOOK_AGAIN_MS = 150;

/** A file's size and modification time, or `gone`: what the later look compares. */
function fileState(path: string): string {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat === undefined ? 'gone' : `${stat.size}:${stat.mtimeMs}`;
}

/** Call as `path` is about to be read: `again` runs if it has changed `ms` later. */
export function lookAgain(path: string, again: () => void, ms = LOOK_AGAIN_MS): void {
  const read = fileState(path);
  setTimeout(() => {
    if (fileState(path) !== read) again();
  }, ms).unref();
}
