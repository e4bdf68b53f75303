/**
 * Ingest stage: entry ids (and so URLs) come from file names, never from titles, so an author
 * can retitle a write-up without breaking the links that courses have to it. The file name is
 * the address, as README "Adding a write-up" promises: its case and underscores are kept
 * (`App_Python.md` → `/writeups/App_Python/`); only what a URL path cannot hold plainly (spaces,
 * punctuation) becomes `-`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { findWriteups } from '../bundle/find-writeups.ts';

export type EntryKind = 'writeup' | 'page';

export function entryId(kind: EntryKind, dir: string, path: string): string {
  const rel = relative(dir, path).replace(/\\/g, '/').replace(/\.md$/, '');
  const slug = rel.split('/')
    .map((part) => part.replace(/[^A-Za-z0-9_]+/g, '-').replace(/^-|-$/g, ''))
    .join('/');
  return kind === 'writeup' ? `writeups/${slug}` : slug;
}

/** File-name order as a reader expects it: case aside (`b.md` before `C.md`), numbers by value. */
const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => resolve(entry.parentPath, entry.name))
    .sort((a, b) => byName.compare(a, b) || a.localeCompare(b));
}

/**
 * Sidebar items for every write-up (a `.md` file, or a folder: src/bundle/find-writeups.ts), in
 * file-name order, labelled by file name. Links, not Starlight's `{ slug }` items: those must
 * name an entry that exists, so deleting a write-up in `astro dev` would stop every page. The
 * site's route middleware makes the group again from the collection as it is, labelled by title,
 * sorted and bounded (site/writeup-sidebar.ts).
 */
export function writeupSidebarItems(root: string, writeups: string):
  Array<{ label: string; link: string }> {
  const dir = resolve(root, writeups);
  return findWriteups(dir).writeups.map((w) => {
    const id = entryId('writeup', dir, w.folder ?? w.markdown);
    return { label: id.replace(/^writeups\//, ''), link: `/${id}/` };
  });
}

/**
 * Sidebar items for the authored pages in one folder of `pages` (e.g. `walkthroughs`), in
 * file-name order; none when the folder does not exist.
 */
export function pageFolderSidebarItems(
  root: string,
  pages: string,
  folder: string,
): Array<{ slug: string }> {
  const dir = resolve(root, pages);
  if (!existsSync(resolve(dir, folder))) return [];
  return markdownFiles(resolve(dir, folder)).map((path) => ({ slug: entryId('page', dir, path) }));
}
