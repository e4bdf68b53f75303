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
 * file-name order; Starlight labels them by title, and the site's route middleware sorts and
 * bounds them by it (site/writeup-sidebar.ts).
 */
export function writeupSidebarItems(root: string, writeups: string): Array<{ slug: string }> {
  const dir = resolve(root, writeups);
  return findWriteups(dir).writeups
    .map((w) => ({ slug: entryId('writeup', dir, w.folder ?? w.markdown) }));
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
