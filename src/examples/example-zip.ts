/**
 * Examples: the `.zip` a reader downloads — the example's merged folder under one top folder
 * named after the example, reproducible byte for byte (see zip.ts). Node only.
 */
import type { Example } from './read-examples.ts';
import { writeZip } from './zip.ts';

export function exampleZip(example: Example): Uint8Array {
  return writeZip(example.files.map((file) => ({
    path: `${example.slug}/${file.path}`,
    data: file.data,
  })));
}
