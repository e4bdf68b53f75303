/**
 * Examples: the folder a reader downloads. The app is kept once (`content/examples/_app/`) and
 * merged under each example's own files, so the five examples do not hold five copies of it.
 * An example's file replaces the app's file at the same path, except `README.md`: the example's
 * lesson text comes first, then the generated "Run it yourself" section, then the app's README.
 * `example.yaml` and `walkthrough.md` (the page's step-by-step text) are our metadata, not part
 * of the reader's folder. Browser-safe.
 */

/** One file of an example, at a `/`-separated path relative to the example's root. */
export interface TreeFile {
  path: string;
  data: Uint8Array;
}

/** Files that describe the example to shipshape and are left out of the reader's folder. */
export const METADATA_FILES: ReadonlySet<string> = new Set(['example.yaml', 'walkthrough.md']);

const README = 'README.md';

/** Sorted by path (code unit order), so every consumer sees the same order. */
export function sortTree(files: readonly TreeFile[]): TreeFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The merged tree: the app's files under the example's own. `runSection` (Markdown) is put
 * between the two READMEs.
 */
export function mergeExampleTree(
  app: readonly TreeFile[],
  own: readonly TreeFile[],
  runSection = '',
): TreeFile[] {
  const merged = new Map<string, TreeFile>();
  for (const file of app) merged.set(file.path, file);
  for (const file of own) {
    if (!METADATA_FILES.has(file.path)) merged.set(file.path, file);
  }
  const ownReadme = own.find((file) => file.path === README);
  const appReadme = app.find((file) => file.path === README);
  const parts = [ownReadme, runSection, appReadme]
    .map((part) => (typeof part === 'string' ? part : part ? decode(part.data) : ''))
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length > 0) {
    merged.set(README, { path: README, data: new TextEncoder().encode(`${parts.join('\n\n')}\n`) });
  }
  return sortTree([...merged.values()]);
}

/** The text of a file in the tree (UTF-8), or undefined when the tree has no such file. */
export function readTreeText(files: readonly TreeFile[], path: string): string | undefined {
  const file = files.find((candidate) => candidate.path === path);
  return file === undefined ? undefined : decode(file.data);
}

function decode(data: Uint8Array): string {
  return new TextDecoder().decode(data);
}
