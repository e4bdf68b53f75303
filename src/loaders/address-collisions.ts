/**
 * Ingest stage: two source files that would get one address. An address is made from the file
 * name (entry-ids.ts), so `my notes.md` and `my-notes.md` both become `/writeups/my-notes/`, and
 * a folder `app/` and a file `app.md` both `/writeups/app/`; `Notes.md` and `notes.md` get two
 * addresses that a case-insensitive disk (macOS, Windows) or host cannot keep apart, so one
 * page would overwrite the other there. Each such pair is a content error naming both files.
 */
import { ContentError } from '../shared/content-error.ts';

export interface Addressed {
  /** The entry id, which is the page's address without its slashes. */
  id: string;
  /** The source as messages show it (`content/writeups/my notes.md`). */
  display: string;
}

/** One sentence per file whose address another file has too, exactly or but for case. */
export function addressCollisions(entries: readonly Addressed[]): string[] {
  const byKey = new Map<string, Addressed>();
  const problems: string[] = [];
  for (const entry of entries) {
    const key = entry.id.toLowerCase();
    const first = byKey.get(key);
    if (first === undefined) {
      byKey.set(key, entry);
      continue;
    }
    const how = first.id === entry.id
      ? `the same address, /${entry.id}/`
      : `the addresses /${first.id}/ and /${entry.id}/, which differ only in case and are one ` +
        'file on a case-insensitive disk or host (macOS, Windows, many static hosts)';
    problems.push(`${entry.display}:1: this file and ${first.display} get ${how}; ` +
      'expected one address per page (an address is the file or folder name, with spaces and ' +
      'punctuation made `-`)');
  }
  return problems;
}

/** Throws a ContentError listing every collision, if there is any. */
export function checkAddresses(entries: readonly Addressed[]): void {
  const problems = addressCollisions(entries);
  if (problems.length === 0) return;
  throw new ContentError(problems.join('\n'),
    'Rename one file of each pair so that their names differ in more than case, spaces or ' +
    'punctuation (e.g. `notes.md` → `notes-2.md`).');
}
