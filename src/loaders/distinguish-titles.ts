/**
 * Ingest stage: write-ups with the same title are told apart. Real cohorts hand in six pages all
 * titled "Docker Best Practices"; each such title gets its write-up's name after it —
 * `Docker Best Practices (alice)` — taken from the folder of a folder write-up
 * (`alice/README.md`) or the file name (`alice.md`). The stored title is what the page heading,
 * `<title>`, the sidebar and search all show, so one change tells them apart everywhere.
 */
import type { LoaderContext } from 'astro/loaders';
import { shownPath } from '../shared/shown-path.ts';

/** The files whose folder names a folder write-up (issue 14: README.md, DOCKER.md, index.md). */
const FOLDER_PAGE = /^(?:readme|docker|index)\.md$/i;

/** The name a write-up goes by: `alice` for `…/writeups/alice.md` or `…/alice/README.md`. */
export function writeupName(filePath: string): string {
  const parts = filePath.replace(/\\/g, '/').split('/');
  const file = parts.at(-1) ?? filePath;
  const folder = parts.at(-2);
  if (FOLDER_PAGE.test(file) && folder !== undefined && folder !== 'writeups') return folder;
  return file.replace(/\.md$/i, '');
}

const sameTitle = (title: string) => title.trim().toLocaleLowerCase('en');

/**
 * New titles for the write-ups whose title another write-up has too (case aside), by entry id.
 * When two of them also share a name, the path under the write-ups folder tells them apart.
 */
export function distinctTitles(writeups: ReadonlyArray<{ id: string; title: string;
  filePath: string }>): Map<string, string> {
  const byTitle = new Map<string, typeof writeups[number][]>();
  for (const w of writeups) {
    const key = sameTitle(w.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), w]);
  }
  const renamed = new Map<string, string>();
  for (const group of byTitle.values()) {
    if (group.length < 2) continue;
    const names = group.map((w) => writeupName(w.filePath));
    group.forEach((w, i) => {
      const name = names.filter((n) => n === names[i]).length > 1
        ? w.filePath.replace(/^.*?writeups\//, '').replace(/\.md$/i, '') : names[i];
      renamed.set(w.id, `${w.title} (${name})`);
    });
  }
  return renamed;
}

/**
 * Gives every stored write-up the title it should have now: its own (`ownTitles`, by entry id, as
 * it was loaded) with its name after it when another write-up has that title too. Run after all
 * are loaded, and again after any write-up is edited, added or deleted in `astro dev`, so that a
 * title no longer shared loses its name again.
 */
export function distinguishTitles(ctx: LoaderContext, ownTitles: ReadonlyMap<string, string>):
  void {
  const writeups = ctx.store.values().filter((e) => e.id.startsWith('writeups/'));
  const own = (e: (typeof writeups)[number]) =>
    ownTitles.get(e.id) ?? String(e.data['title'] ?? '');
  const renamed = distinctTitles(writeups.map((e) => ({ id: e.id, title: own(e),
    filePath: shownPath({ id: e.id, filePath: e.filePath, data: {
      shownPath: typeof e.data['shownPath'] === 'string' ? e.data['shownPath'] : undefined } }),
  })));
  for (const entry of writeups) {
    const title = renamed.get(entry.id) ?? own(entry);
    if (title === entry.data['title']) continue;
    // A new digest: the store keeps an entry whose digest it already holds as it was.
    ctx.store.set({ ...entry, data: { ...entry.data, title },
      digest: ctx.generateDigest({ digest: entry.digest ?? '', title }) });
  }
}
