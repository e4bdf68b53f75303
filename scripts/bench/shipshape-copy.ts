/**
 * Bench helper: snapshots the shipshape project into a temp folder so that it can be built there,
 * away from the real project's `dist/` and caches.
 */
import { cp, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { mirrorNodeModules } from './node-modules.ts';

/**
 * What a build needs; `public/` is optional, and so is the Python packages archive (without it
 * the build leaves the "Run it here" runtime out, and the bench cannot time it).
 */
const PROJECT_ENTRIES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content'];
const OPTIONAL_ENTRIES = ['public', '.cache/python-packages/site-packages.zip'];

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Copies the project from `sourceRoot` to `targetRoot` and returns `targetRoot`. */
export async function copyShipshape(sourceRoot: string, targetRoot: string): Promise<string> {
  for (const entry of [...PROJECT_ENTRIES, ...OPTIONAL_ENTRIES]) {
    const from = join(sourceRoot, entry);
    if (!PROJECT_ENTRIES.includes(entry) && !(await exists(from))) continue;
    await cp(from, join(targetRoot, entry), { recursive: true });
  }
  await mirrorNodeModules(sourceRoot, targetRoot);
  return targetRoot;
}
