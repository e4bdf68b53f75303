/**
 * Ingest stage, shared by the image steps: whether each local image a write-up shows can be read
 * as an image. Astro reads every one at build time for its size, and a file that is no image
 * (HTML or noise named `.png`, a JPEG cut after its header) stopped the whole build with
 * Astro's NoImageMetadata error and a stack trace. The check is Astro's own (`imageMetadata`),
 * run before Astro, so that such a file becomes a refused image with the author's line.
 */
import { readFile } from 'node:fs/promises';
import { imageMetadata } from 'astro/assets/utils';
import { locateAsset } from './local-asset.ts';

/** For each URL in `urls` naming a local file that is not a readable image: why. */
export async function unreadableImages(
  urls: Iterable<string>,
  filePath: string | undefined,
): Promise<Map<string, string>> {
  const unreadable = new Map<string, string>();
  for (const url of new Set(urls)) {
    const { location, path } = locateAsset(url, filePath);
    if (location !== 'present' || path === undefined) continue;
    try {
      await imageMetadata(new Uint8Array(await readFile(path)), url);
    } catch {
      unreadable.set(url, `\`${url}\` is not an image that can be read (no width and height ` +
        'found); expected a PNG, JPEG, WebP, GIF or AVIF file');
    }
  }
  return unreadable;
}
