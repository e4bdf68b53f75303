/**
 * Examples, "Run it here": the JSON an example page embeds for the widget, made at build time by
 * `run-here-data.ts` and read by `client/run-here.ts`. The Dockerfile is parsed at build time
 * and shipped as its model, so the page does not bundle the parser. Files travel as text (or
 * base64 when not UTF-8); the editable ones are not in `files` but in the page's text areas.
 * Browser-safe.
 */
import type { DockerfileModel } from '../dockerfile/model.ts';
import type { BaseImageSize } from './base-image-sizes.ts';
import type { TreeFile } from './example-tree.ts';
import type { PythonVersions } from './python-versions.ts';

export type EncodedFile = { path: string; text: string } | { path: string; base64: string };

export type RuntimeStatus =
  | {
    available: true;
    /** The folder holding Pyodide, the packages and the worker: `<base>pyodide/`. */
    assetsUrl: string;
    /** The worker script's URL. */
    workerUrl: string;
    /** What pressing Run downloads, for the button's label. */
    downloadBytes: number;
  }
  | {
    available: false;
    /** Why, and what to run (`npm run setup:python`). */
    reason: string;
  };

export interface RunHerePayload {
  slug: string;
  /** `docker build -t … .` and `docker run … ` as "Run it yourself" prints them. */
  buildCommand: string;
  runCommand: string;
  image: string;
  /** The published port and the health path (`curl localhost:PORT/health`). */
  port: number;
  healthPath: string;
  model: DockerfileModel;
  /** The build context without the editable files. */
  files: EncodedFile[];
  /** Paths the reader edits in the page (`app.py`, `requirements.txt`), in that order. */
  editable: string[];
  /** Sizes of the FROM images the Dockerfile names, from the dataset. */
  baseImages: Array<[string, BaseImageSize]>;
  runtime: RuntimeStatus;
  /** Pyodide's Python and the image's (`python-versions.ts`). */
  python: PythonVersions;
}

/** Text when the bytes are UTF-8 (they round-trip), else base64. */
export function encodeFile(file: TreeFile): EncodedFile {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(file.data);
    return { path: file.path, text };
  } catch {
    let binary = '';
    for (const byte of file.data) binary += String.fromCharCode(byte);
    return { path: file.path, base64: btoa(binary) };
  }
}

export function decodeFile(file: EncodedFile): TreeFile {
  if ('text' in file) return { path: file.path, data: new TextEncoder().encode(file.text) };
  return { path: file.path, data: Uint8Array.from(atob(file.base64), (ch) => ch.charCodeAt(0)) };
}

/** JSON for a `<script type="application/json">`: `<` escaped, so `</script>` cannot close it. */
export function payloadJson(payload: RunHerePayload): string {
  return JSON.stringify(payload).replace(/</g, '\\u003c');
}
