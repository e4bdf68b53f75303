/**
 * Write-up folders (ingest stage): the write-ups in a folder of write-ups. Each `.md` file
 * directly in it is one, as always; each folder directly in it (`app_python/`) is one too, made
 * from one Markdown file — `DOCKER.md`, `README.md` or `index.md` in that order, else the only
 * `.md` — with the files beside it. A folder with several candidates says which one was taken; a
 * folder with no Markdown file is not a write-up and says so. Synchronous: the sidebar needs the
 * list while the configuration loads.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { WRITEUP_NAMES } from './file-kinds.ts';

export interface WriteupSource {
  /** The Markdown file the page is made from (absolute). */
  markdown: string;
  /** The write-up's folder (absolute) when it is one, else undefined. */
  folder: string | undefined;
  /** What the author should know about the choice (several candidates), if anything. */
  note: string | undefined;
  /**
   * How loud the note is: `info` when a file named as the README says (`DOCKER.md`…) was
   * taken, which is no guess; `warning` when the first of several other `.md` files was, which
   * may be the wrong one. On 40 real course folders (DOCKER.md beside PYTHON.md in each) every
   * note was a warning, and drowned the warnings that matter.
   */
  noteSeverity?: 'info' | 'warning' | undefined;
}

export interface WriteupList {
  writeups: WriteupSource[];
  /** Folders that hold no write-up, as one sentence each, for the build log. */
  skipped: string[];
}

function listDir(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The Markdown file of one write-up folder, or why there is none. */
export function chooseMarkdown(names: readonly string[]):
  { name: string; others: string[]; named: boolean } | undefined {
  const candidates = names.filter((name) => /\.md$/i.test(name)).sort();
  if (candidates.length === 0) return undefined;
  const preferred = WRITEUP_NAMES.map((wanted) =>
    candidates.find((name) => name.toLowerCase() === wanted.toLowerCase()))
    .find((name) => name !== undefined);
  const name = preferred ?? candidates[0] ?? '';
  return { name, others: candidates.filter((other) => other !== name),
    named: preferred !== undefined };
}

function folderWriteup(dir: string, entry: Dirent, display: string):
  WriteupSource | string {
  const folder = join(dir, entry.name);
  const files = listDir(folder).filter((e) => e.isFile()).map((e) => e.name);
  const chosen = chooseMarkdown(files);
  if (!chosen) {
    return `${display}/${entry.name}/: a folder with no Markdown file is not a write-up; ` +
      `expected ${WRITEUP_NAMES.join(', ')} or one other \`.md\` file in it`;
  }
  const note = chosen.others.length === 0 ? undefined
    : `${display}/${entry.name}/${chosen.name}:1: taken as the write-up of its folder; ` +
      `${chosen.others.map((n) => `\`${n}\``).join(', ')} ${chosen.others.length === 1 ? 'is'
        : 'are'} shown as ${chosen.others.length === 1 ? 'a file' : 'files'} beside it ` +
      `(the write-up is the first of ${WRITEUP_NAMES.join(', ')}, else the only \`.md\`)`;
  return { markdown: join(folder, chosen.name), folder, note,
    ...(note === undefined ? {} : { noteSeverity: chosen.named ? 'info' : 'warning' }) };
}

/**
 * The write-ups in `dir`, in name order; `display` is how messages name `dir`
 * (`content/writeups`).
 */
export function findWriteups(dir: string, display = dir): WriteupList {
  const writeups: WriteupSource[] = [];
  const skipped: string[] = [];
  for (const entry of listDir(dir).sort(byName)) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isFile() && entry.name.endsWith('.md')) {
      writeups.push({ markdown: join(dir, entry.name), folder: undefined, note: undefined });
    } else if (entry.isDirectory()) {
      const found = folderWriteup(dir, entry, display);
      if (typeof found === 'string') skipped.push(found);
      else writeups.push(found);
    }
  }
  return { writeups, skipped };
}
