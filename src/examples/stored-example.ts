/**
 * Examples, hand-off from the ingest stage to the pages: an `Example` as the `examples`
 * collection stores it on its entry (`data.example`). The examples loader reads each folder once
 * (read-examples.ts) and stores it here; the example page, its "Run it here" and its `.zip` read
 * the entry, never the folder again. Files are kept as base64 (the store holds JSON-like data),
 * the parsed Dockerfile and the commands as they were made, so nothing is parsed twice.
 * Browser-safe.
 */
import { z } from 'astro/zod';
import type { DockerfileModel } from '../dockerfile/model.ts';
import type { ExampleMeta } from './example-schema.ts';
import type { Example } from './read-examples.ts';
import type { RunCommands } from './run-commands.ts';

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null;

export const storedExampleSchema = z.object({
  /** The example's folder name, its address (`/examples/<slug>/`). */
  slug: z.string().min(1),
  /** The example's own folder from the project root (`content/examples/<slug>`). */
  dir: z.string().min(1),
  /** `example.yaml`, validated when the loader read it (parse-example-meta.ts): kept as is. */
  meta: z.custom<ExampleMeta>(isObject),
  /** `example.yaml` as written, for messages at its lines. */
  yaml: z.string(),
  /** `walkthrough.md`, the page's step-by-step text, when there is one. */
  walkthrough: z.string().optional(),
  /** The merged tree the reader downloads, in path order, each file's bytes in base64. */
  files: z.array(z.object({ path: z.string().min(1), base64: z.string() })),
  /** The Dockerfile's text. */
  dockerfile: z.string(),
  /** The Dockerfile as the engine parsed it (src/dockerfile/model.ts). */
  model: z.custom<DockerfileModel>(isObject),
  /** The commands "Run it yourself" prints (run-commands.ts). */
  commands: z.custom<RunCommands>(isObject),
});

export type StoredExample = z.output<typeof storedExampleSchema>;

function toBase64(data: Uint8Array): string {
  let binary = '';
  for (const byte of data) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** What the loader stores for `example`. */
export function storeExample(example: Example): StoredExample {
  return { ...example, files: example.files.map((file) =>
    ({ path: file.path, base64: toBase64(file.data) })) };
}

/** The example as the loader read it, from its stored entry. */
export function exampleFromStore(stored: StoredExample): Example {
  return { ...stored, walkthrough: stored.walkthrough, files: stored.files.map((file) =>
    ({ path: file.path, data: fromBase64(file.base64) })) };
}
