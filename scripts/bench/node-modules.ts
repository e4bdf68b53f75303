/**
 * Bench helper: gives a temp project the real project's dependencies without sharing its caches.
 *
 * `node_modules/` of the temp project is a real folder holding one symlink per entry of the real
 * `node_modules/`. Astro keeps its build cache in `node_modules/.astro` and Vite in
 * `node_modules/.vite`; those are left out, so they are created inside the temp project and a
 * bench can clear them without touching the folders another build in the real project uses.
 */
import { mkdir, readdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';

/** Cache folders that must belong to the temp project, never to the shared `node_modules/`. */
const PRIVATE_ENTRIES = new Set(['.astro', '.vite', '.cache']);

export async function linkNodeModules(sourceRoot: string, targetRoot: string): Promise<void> {
  const source = join(sourceRoot, 'node_modules');
  const target = join(targetRoot, 'node_modules');
  await mkdir(target, { recursive: true });
  for (const name of await readdir(source)) {
    if (PRIVATE_ENTRIES.has(name)) continue;
    await symlink(join(source, name), join(target, name));
  }
}
