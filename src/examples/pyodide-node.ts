/**
 * Examples, Node entry of the Pyodide runtime: finds Pyodide in `node_modules/pyodide/` and the
 * packages archive that `npm run setup:python` made, and tells why the runtime is unavailable
 * when the archive is missing. Node only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARCHIVE_FILE, PACKAGES_DIR, UNAVAILABLE_FILE } from './python-packages.ts';
import { startPython, type Python } from './pyodide-runtime.ts';

export type PackagesStatus =
  | { available: true; archive: string }
  | { available: false; reason: string };

/** Whether the packages archive is there (run `npm run setup:python` first). */
export function packagesStatus(root = '.'): PackagesStatus {
  const archive = join(root, PACKAGES_DIR, ARCHIVE_FILE);
  if (existsSync(archive)) return { available: true, archive };
  const marker = join(root, PACKAGES_DIR, UNAVAILABLE_FILE);
  const reason = existsSync(marker)
    ? readFileSync(marker, 'utf8').trim()
    : `no ${PACKAGES_DIR}/${ARCHIVE_FILE}: run \`npm run setup:python\` first`;
  return { available: false, reason };
}

export class PythonUnavailableError extends Error {
  override name = 'PythonUnavailableError';
}

/** Pyodide with the packages, in Node. Throws `PythonUnavailableError` without the archive. */
export async function startNodePython(root = '.'): Promise<Python> {
  const status = packagesStatus(root);
  if (!status.available) throw new PythonUnavailableError(status.reason);
  // Pyodide in Node takes a folder path; a trailing separator keeps it a folder.
  const indexURL = `${join(root, 'node_modules/pyodide')}/`;
  return startPython({ indexURL, packages: new Uint8Array(readFileSync(status.archive)) });
}
