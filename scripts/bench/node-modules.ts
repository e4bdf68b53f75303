/**
 * Bench helper: gives a temp project the real project's dependencies, without an install and
 * without sharing the real project's caches.
 *
 * The temp `node_modules/` mirrors the real one: real folders, hard links for files (a copy if
 * the temp folder is on another file system), symlinks re-created as they are. Symlinking the
 * whole folder does not work: module paths would then resolve outside the project root, and
 * Astro 7 mistakes such paths for root-relative ones when the two share no folder but `/` (e.g.
 * `/tmp/…` and `/work/…`), failing with "No cached compile metadata found".
 *
 * Astro keeps its build cache in `node_modules/.astro` and Vite in `node_modules/.vite`; those
 * are not mirrored, so each temp project gets its own and a bench can clear them without
 * touching the ones a build of the real project uses. Builds never write into package files,
 * so sharing their inodes through hard links is safe.
 */
import { copyFile, link, mkdir, readdir, readlink, symlink } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join } from 'node:path';

/** Cache folders that must belong to the temp project, never to the shared `node_modules/`. */
const PRIVATE_ENTRIES = new Set(['.astro', '.vite', '.cache']);

async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
  }
}

async function mirrorEntry(entry: Dirent, source: string, target: string): Promise<void> {
  const from = join(source, entry.name);
  const to = join(target, entry.name);
  if (entry.isDirectory()) await mirror(from, to);
  else if (entry.isSymbolicLink()) await symlink(await readlink(from), to);
  else await linkOrCopy(from, to);
}

async function mirror(source: string, target: string, skip = new Set<string>()): Promise<void> {
  await mkdir(target, { recursive: true });
  const entries = await readdir(source, { withFileTypes: true });
  const kept = entries.filter((entry) => !skip.has(entry.name));
  await Promise.all(kept.map((entry) => mirrorEntry(entry, source, target)));
}

/** Mirrors `sourceRoot/node_modules` into `targetRoot/node_modules`, caches left out. */
export async function mirrorNodeModules(sourceRoot: string, targetRoot: string): Promise<void> {
  await mirror(join(sourceRoot, 'node_modules'), join(targetRoot, 'node_modules'), PRIVATE_ENTRIES);
}
