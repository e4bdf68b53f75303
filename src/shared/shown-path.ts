/**
 * Shared by every stage: how a content file is named. A guide may be built from a folder outside
 * the project (`--content ../submissions`, src/loaders/writeups-folder.ts); the path relative to
 * the project (`../../tmp/submissions/alice/DOCKER.md`) is then what Astro keeps as the entry's
 * `filePath` (its images resolve from it), but neither a site reader nor the instructor in the
 * terminal has a use for it, and a page must not show the builder's disk layout. Inside the
 * project every name stays relative to the project (`content/writeups/x.md`), as the README and
 * all messages have it.
 */
import { isAbsolute, relative } from 'node:path';

const slashed = (path: string) => path.replace(/\\/g, '/');

/** `path` relative to `from`, `/`-separated, or undefined when it is not inside `from`. */
function inside(from: string, path: string): string | undefined {
  const rel = relative(from, path);
  return rel === '..' || /^\.\.[\\/]/.test(rel) || isAbsolute(rel)
    ? undefined : slashed(rel);
}

export interface PathNames {
  /** As Astro keeps it (`filePath`) and digests name it: relative to the project. */
  stored: (path: string) => string;
  /** As a page shows it: relative to the project, else to the write-ups folder. */
  shown: (path: string) => string;
  /** As terminal messages name it: relative to the project, else to where the command ran. */
  message: (path: string) => string;
}

/**
 * Names for the files under `root` (the project) and `content` (the write-ups folder), all
 * absolute; `cwd` is where the instructor ran the command (npm's `INIT_CWD`, which
 * `shipshape build` sets too, else this process's own).
 */
export function pathNames(root: string, content: string,
  cwd = process.env['INIT_CWD'] || process.cwd()): PathNames {
  const stored = (path: string) => slashed(relative(root, path));
  return {
    stored,
    shown: (path) => inside(root, path) ?? inside(content, path) ?? stored(path),
    message: (path) => inside(root, path) ?? slashed(relative(cwd, path)),
  };
}

/** What a page shows for an entry's file: the loader's `shownPath`, else its `filePath`. */
export function shownPath(entry: { id: string; filePath?: string | undefined;
  data: { shownPath?: string | undefined } }): string {
  return entry.data.shownPath ?? entry.filePath ?? entry.id;
}
