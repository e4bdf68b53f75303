/**
 * Write-up folders (ingest stage): reads the files beside a write-up's Markdown file, once, for
 * the guide loader. Each file is checked the way every path from content is
 * (shared/author-path.ts: a symbolic link out of the folder, a device or a pipe is listed with
 * the reason, never read); binary files and files over the size limit are listed, not shown;
 * dependency and version-control folders (`node_modules/`, `.git/`, `venv/`…) are left out in
 * one sentence; past the count limit, the rest is counted. Text is decoded as UTF-8 with `\n`
 * line endings. Nothing here stops the build: a folder as a student left it always has a page.
 */
import { lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { binaryReason } from '../dockerfile/binary-text.ts';
import { checkAuthorPath } from '../shared/author-path.ts';
import { MAX_FOLDER_FILES, MAX_SHOWN_FILE_BYTES } from '../shared/limits.ts';
import type { BundleFile, WriteupBundle } from './bundle-data.ts';
import { roleOf } from './file-kinds.ts';

/** Folders that hold what a build fetches or a tool caches, not what the student wrote. */
const LEFT_OUT = new Set(['.git', '.hg', '.svn', 'node_modules', '__pycache__', '.venv', 'venv',
  '.mypy_cache', '.pytest_cache', '.idea', '.vscode', 'target', 'dist', 'build', '.next']);

interface Listed {
  paths: string[];
  omitted: string[];
}

function list(folder: string): Listed {
  const paths: string[] = [];
  const leftOut = new Set<string>();
  const walk = (dir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (LEFT_OUT.has(entry.name)) leftOut.add(`${entry.name}/`);
        // A folder is walked as a folder only when it is one (a link to one is listed, refused).
        else walk(path);
      } else {
        paths.push(relative(folder, path).split('\\').join('/'));
      }
    }
  };
  walk(folder);
  const omitted = leftOut.size === 0 ? [] : [`Not listed: ${[...leftOut].sort()
    .map((n) => `\`${n}\``).join(', ')} (dependency, cache and version-control folders).`];
  return { paths, omitted };
}

function decode(bytes: Buffer): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function readOne(folder: string, path: string): BundleFile {
  const full = join(folder, path);
  const role = roleOf(path.split('/').at(-1) ?? path);
  const checked = checkAuthorPath(path, { from: join(folder, '_'), roots: [folder],
    maxBytes: MAX_SHOWN_FILE_BYTES });
  if (!checked.ok) {
    let size = 0;
    try {
      size = lstatSync(full).size;
    } catch {
      // A link to nowhere: listed with size 0.
    }
    return { path, size, role, withheld: checked.problem.replace(/; expected .*$/, '')
      .replace('the content folder', 'the write-up\'s folder') };
  }
  const text = decode(readFileSync(checked.path));
  const binary = binaryReason(text);
  if (binary !== undefined) {
    return { path, size: checked.size, role, withheld: `binary data (${binary})` };
  }
  return { path, size: checked.size, role, text };
}

/**
 * The files of the write-up folder `folder` beside its Markdown file `markdown` (a name in the
 * folder); `display` is how messages name the folder.
 */
export function readBundle(folder: string, markdown: string, display: string): WriteupBundle {
  const { paths, omitted } = list(folder);
  const others = paths.filter((path) => path !== markdown);
  const files = others.slice(0, MAX_FOLDER_FILES).map((path) => readOne(folder, path));
  if (others.length > MAX_FOLDER_FILES) {
    omitted.push(`${others.length - MAX_FOLDER_FILES} more files are not listed (a folder ` +
      `shows at most ${MAX_FOLDER_FILES}).`);
  }
  return { folder: display, markdown, files, omitted };
}
