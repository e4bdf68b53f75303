/**
 * Examples, "Run it here", build time: which Python the page runs (Pyodide's CPython, read from
 * the installed `pyodide` package's lock file, never written down by hand) and which the
 * example's image runs (the `python` fact of the final stage's base image in the dataset, with
 * its source; `unknown` when the dataset has none), and the sentence that says where they
 * differ: the app's `GET /` reports the Python it runs on, which in the page is Pyodide's.
 * Node only (reads files).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../compare/dataset-schema.ts';

const UNKNOWN = 'unknown';

export interface PythonVersions {
  /** The page's runtime: Pyodide's version and its CPython's (`3.13.2`), or `unknown`. */
  page: { pyodide: string; python: string };
  /** The image the container would run (the final stage's FROM, resolved). */
  image: { reference: string; python: string; source: string | undefined };
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function stringAt(value: unknown, ...keys: string[]): string | undefined {
  let at = value;
  for (const key of keys) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return typeof at === 'string' && at !== '' ? at : undefined;
}

/** Pyodide's version and its Python's, from `node_modules/pyodide` under `root`. */
export function pagePython(root: string): PythonVersions['page'] {
  const folder = join(root, 'node_modules', 'pyodide');
  return {
    pyodide: stringAt(readJson(join(folder, 'package.json')), 'version') ?? UNKNOWN,
    python: stringAt(readJson(join(folder, 'pyodide-lock.json')), 'info', 'python') ?? UNKNOWN,
  };
}

/**
 * The dataset's Python for an image: the row whose reference is the image, or, for a tag the
 * dataset does not list (`:nonroot`), the row of the untagged name when that row has no tag.
 */
export function imagePython(reference: string, dataset: Dataset): PythonVersions['image'] {
  const name = reference.replace(/^docker\.io\/(?:library\/)?/, '');
  const untagged = name.replace(/:[^:/]+$/, '');
  const row = dataset.find((image) => image.reference === name)
    ?? dataset.find((image) => image.reference === untagged && !/:[^:/]+$/.test(image.reference));
  const fact = row?.python;
  if (fact === undefined || fact.value === UNKNOWN) {
    return { reference: name, python: UNKNOWN, source: undefined };
  }
  return { reference: name, python: fact.value,
    source: fact.source === UNKNOWN ? undefined : fact.source };
}

/** `3.13` of `3.13.2`. */
function minor(version: string): string | undefined {
  return /^(\d+\.\d+)/.exec(version)?.[1];
}

/** Whether the page's Python and the image's are the same minor release. */
export function sameMinor(versions: PythonVersions): boolean | undefined {
  const page = minor(versions.page.python);
  const image = minor(versions.image.python);
  return page === undefined || image === undefined ? undefined : page === image;
}

/** The sentence after "Run uses …": how the image's Python compares (no source in the text). */
export function pythonComparison(versions: PythonVersions): string {
  const { image } = versions;
  const same = sameMinor(versions);
  if (same === undefined) {
    return `Which Python ${image.reference} runs is unknown here (the guide's base-image data `
      + 'states none), so it may differ; the app\'s GET / reports the page\'s Python.';
  }
  if (same) return `${image.reference} runs Python ${image.python} too.`;
  return `${image.reference} runs Python ${image.python}, not ${minor(versions.page.python)}: `
    + 'the app\'s GET / reports the page\'s Python, not the image\'s, and code that works here '
    + 'may not run there.';
}
