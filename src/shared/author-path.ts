/**
 * Shared by every stage: the one check for a path an author writes in content — a walkthrough's
 * `file="…"`, a local image. A write-up is untrusted input: it must not publish the build
 * machine's files (`/proc/self/environ`, `../../.git/config`), hang the build on a device
 * (`/dev/urandom`) or crash it on a folder (`/`). So the path
 *
 * - is relative (resolved against the Markdown file's folder),
 * - stays inside the content root, also after symbolic links are resolved (`realpath`),
 * - names a regular file, not a folder, device, pipe or socket,
 * - and is no larger than `maxBytes`.
 *
 * Anything else is a problem worded for the author: what was found, what is expected.
 */
import { realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

export interface AuthorPathOptions {
  /** The Markdown file the path is written in (relative paths start from its folder). */
  from: string;
  /**
   * Folders the file must be inside (default: the Markdown file's own folder and `content/` of
   * the working directory, where the build runs).
   */
  roots?: readonly string[];
  /** The largest file accepted, in bytes. */
  maxBytes: number;
}

export type AuthorPath =
  | { ok: true; /** The real path of the file. */ path: string; size: number }
  | { ok: false; /** `missing` when nothing is there; the rest are refusals. */
      kind: 'missing' | 'refused'; problem: string };

/** Where authored content lives, relative to the project root (the build's working folder). */
export const CONTENT_ROOT = 'content';

function inside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.round(bytes / (1024 * 1024))} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

/** Checks `written` (as the author wrote it) and says where it leads or why it is refused. */
export function checkAuthorPath(written: string, options: AuthorPathOptions): AuthorPath {
  const roots = (options.roots ?? [dirname(options.from), CONTENT_ROOT])
    .map((root) => resolve(root));
  const shown = `\`${written}\``;
  const refuse = (problem: string): AuthorPath => ({ ok: false, kind: 'refused', problem });
  const expected = `expected a path relative to this Markdown file, to a file inside ${
    roots.map((root) => `\`${relative(process.cwd(), root) || '.'}/\``).join(' or ')}`;
  if (written.trim() === '' || written.includes('\0')) {
    return refuse(`${shown} is not a path; ${expected}`);
  }
  if (isAbsolute(written) || /^[a-z]:[\\/]/i.test(written) || written.startsWith('~')) {
    return refuse(`${shown} is an absolute path; ${expected}`);
  }
  const full = resolve(dirname(options.from), written);
  if (!roots.some((root) => inside(full, root))) {
    return refuse(`${shown} points outside the content folder; ${expected}`);
  }
  let real: string;
  try {
    real = realpathSync(full);
  } catch {
    return { ok: false, kind: 'missing', problem: `${shown} does not exist; ${expected}` };
  }
  if (!roots.some((root) => inside(real, realOrSelf(root)))) {
    return refuse(`${shown} is a symbolic link to a file outside the content folder; ${expected}`);
  }
  const stat = statSync(real);
  if (stat.isDirectory()) return refuse(`${shown} is a folder; ${expected}`);
  if (!stat.isFile()) {
    return refuse(`${shown} is not a regular file (a device, pipe or socket); ${expected}`);
  }
  if (stat.size > options.maxBytes) {
    return refuse(`${shown} is ${sizeText(stat.size)}, over the limit of ${
      sizeText(options.maxBytes)} for this kind of file; expected a smaller file`);
  }
  return { ok: true, path: real, size: stat.size };
}
