/**
 * Practices: the one place that decides which Dockerfile is a write-up's final one — the file the
 * write-up is judged on. It is the file the page's walkthrough explains (the walkthrough chose it:
 * authored, or inferred in src/walkthrough/infer/ as the last complete file its snippets quote),
 * else a write-up folder's own Dockerfile (`Dockerfile` beside the write-up, src/bundle/), else
 * the last complete Dockerfile block (FROM, CMD or ENTRYPOINT, nothing elided: what the
 * Dockerfile engine does not lint as a fragment). A block the text presents as a bad or "before"
 * example is never the final one. Without a final file, the write-up is judged on its snippets.
 */

export interface FinalCandidate {
  id: string;
  /** Linted as a whole file, not as a fragment. */
  complete: boolean;
  /** The whole file of a walkthrough on the page. */
  explained: boolean;
  /** Shown as a bad or "before" example (example-markers.ts). */
  example: boolean;
  /** The Dockerfile of the write-up's folder (src/bundle/bundle-data.ts `writeupDockerfile`). */
  folder?: boolean;
}

export interface FinalChoice {
  id: string;
  /** Why this one: the walkthrough explains it, the folder holds it, or it is the last. */
  why: 'walkthrough' | 'folder' | 'last-complete';
}

/** `blocks` in document order. */
export function finalDockerfile(blocks: readonly FinalCandidate[]): FinalChoice | undefined {
  const own = blocks.filter((block) => !block.example);
  // Pages with several walkthroughs (authored guides): the last one is the final file.
  const explained = own.filter((block) => block.explained).at(-1);
  if (explained) return { id: explained.id, why: 'walkthrough' };
  const folder = own.find((block) => block.folder === true && block.complete);
  if (folder) return { id: folder.id, why: 'folder' };
  const last = own.filter((block) => block.complete).at(-1);
  return last ? { id: last.id, why: 'last-complete' } : undefined;
}
