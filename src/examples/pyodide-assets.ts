/**
 * Examples, "Run it here": where the runtime's files (`pyodide-asset-names.ts`) come from on
 * disk: Pyodide's from the `pyodide` package as Node resolves it from the project root (a copy
 * of the project inside it finds the parent's), the packages archive from `npm run setup:python`
 * (see `pyodide-node.ts`). When one is missing the status says why and what to run. Used by
 * the assets integration and by the widget's build-time data, so both agree. Node only.
 */
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PACKAGES_FILE, PYODIDE_FILES } from './pyodide-asset-names.ts';
import { packagesStatus } from './pyodide-node.ts';

export interface AssetFile {
  /** Name in the served folder. */
  name: string;
  /** Where it is read from. */
  source: string;
}

export type AssetsStatus =
  | { available: true; files: AssetFile[] }
  | { available: false; reason: string };

function pyodideDir(root: string): string | undefined {
  try {
    return dirname(createRequire(join(root, 'package.json')).resolve('pyodide/package.json'));
  } catch {
    return undefined;
  }
}

/** The files to serve (the worker aside: it is compiled, not copied), or why there are none. */
export function pyodideAssets(root: string): AssetsStatus {
  const packages = packagesStatus(root);
  if (!packages.available) return packages;
  const dir = pyodideDir(root);
  if (dir === undefined) {
    return { available: false, reason: 'the `pyodide` package is not installed: run '
      + '`npm install` (it is a dev dependency)' };
  }
  const files: AssetFile[] = PYODIDE_FILES.map((name) => ({ name, source: join(dir, name) }));
  const missing = files.filter((file) => !existsSync(file.source));
  if (missing.length > 0) {
    return { available: false, reason: `Pyodide's ${missing.map((f) => f.name).join(', ')} `
      + `not found in ${dir}: run \`npm install\` again` };
  }
  return { available: true, files: [...files, { name: PACKAGES_FILE, source: packages.archive }] };
}

/** Total bytes of the files (what pressing Run downloads, the worker aside). */
export function assetBytes(files: readonly AssetFile[]): number {
  return files.reduce((sum, file) => sum + statSync(file.source).size, 0);
}

/** What to tell a reader (and the build log) when the runtime is not in the site. */
export function unavailableReason(reason: string): string {
  return `${reason.replace(/\.$/, '')}. Then build the site again.`;
}
