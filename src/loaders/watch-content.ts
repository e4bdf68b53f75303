/**
 * Ingest stage, guide loader in `astro dev`: what an edit, an addition or a deletion under the
 * content folders means for the stored entries. A change to any file of a write-up folder (its
 * Markdown, its Dockerfile, its `.dockerignore`, an app file) reloads that folder's write-up; a
 * change to a `.md` file directly in the write-ups folder or anywhere under the pages folder
 * reloads that page; a write-up or page that is no longer there is deleted from the store. The
 * folders are read again on each change (a folder's Markdown file may be the one deleted, or a
 * `DOCKER.md` added beside a `README.md` may now be its write-up). Uses the loader context's
 * watcher (`ctx.watcher`, Vite's chokidar watcher, present only in dev: Astro's "Content Loader
 * API", `LoaderContext.watcher`).
 */
import { extname, relative } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { findWriteups, type WriteupSource } from '../bundle/find-writeups.ts';
import { entryId } from './entry-ids.ts';
import { LOOK_AGAIN_MS, lookAgain } from '../shared/look-again.ts';

/** What one changed path asks of the store. */
export type ContentChange =
  | { kind: 'page'; id: string; path: string | undefined }
  | { kind: 'writeup'; id: string; writeup: WriteupSource | undefined }
  | undefined;

/** `path` under `dir`, `/`-separated, or undefined when it is not inside it. */
function inside(dir: string, path: string): string | undefined {
  const rel = relative(dir, path).replace(/\\/g, '/');
  return rel === '' || rel.startsWith('../') || rel.startsWith('/') ? undefined : rel;
}

/**
 * The entry a changed `path` belongs to, and what it is now: the page's file (undefined when
 * deleted), or the write-up as the write-ups folder now holds it (undefined when it is gone).
 * `exists` says whether a path is still there.
 */
export function changeAt(path: string, pages: string, writeups: string,
  exists: (path: string) => boolean): ContentChange {
  const inWriteups = inside(writeups, path);
  if (inWriteups !== undefined) {
    const [first = '', ...rest] = inWriteups.split('/');
    if (first.startsWith('.')) return undefined;
    // A file directly in the folder is a write-up only when it is Markdown; any other path
    // names a folder (one of its files, or the folder itself when it is added or deleted).
    const single = rest.length === 0 && extname(first) === '.md';
    const id = entryId('writeup', writeups, `${writeups}/${first}`);
    const same = findWriteups(writeups).writeups.filter((w) =>
      entryId('writeup', writeups, w.folder ?? w.markdown) === id);
    const writeup = same.find((w) => single === (w.folder === undefined));
    // `notes.txt` beside `notes.md`, say: not the write-up of that address, which stays.
    if (writeup === undefined && same.length > 0) return undefined;
    return { kind: 'writeup', id, writeup };
  }
  const inPages = inside(pages, path);
  if (inPages === undefined || extname(inPages) !== '.md') return undefined;
  return { kind: 'page', id: entryId('page', pages, path),
    path: exists(path) ? path : undefined };
}

export interface ContentReloads {
  /** Loads (again) one page or write-up; a content error is for the caller to report. */
  load(change: NonNullable<ContentChange>): Promise<void>;
  /** After any change: what draws on several entries (same titles, the course). */
  settle(): Promise<void>;
}

/**
 * Watches the pages and write-ups folders in `astro dev` (nothing happens in a build, which has
 * no watcher). Changes are handled one at a time, in order, so that an edit and the deletion
 * that follows it cannot land in the store the other way round. A changed file is read again
 * if it changes once more with no event for it (`lookAgain`).
 */
export function watchContent(ctx: LoaderContext, pages: string, writeups: string,
  exists: (path: string) => boolean, reloads: ContentReloads, lookAgainMs = LOOK_AGAIN_MS): void {
  const watcher = ctx.watcher;
  if (!watcher) return;
  watcher.add([pages, writeups]);
  let queue = Promise.resolve();
  const handle = (path: string) => {
    queue = queue.then(async () => {
      lookAgain(path, () => handle(path), lookAgainMs);
      const change = changeAt(path, pages, writeups, exists);
      if (change === undefined) return;
      const gone = change.kind === 'page' ? change.path === undefined
        : change.writeup === undefined;
      if (gone) {
        if (!ctx.store.has(change.id)) return;
        ctx.store.delete(change.id);
        ctx.logger.info(`${change.id}: its source is gone, and so is its page`);
      } else {
        await reloads.load(change);
      }
      await reloads.settle();
    });
  };
  for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) {
    watcher.on(event, handle);
  }
}
