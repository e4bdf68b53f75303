/**
 * Ingest stage, shared by the image steps: whether a local image a write-up shows is an SVG
 * document. Astro publishes such a file as it is (`/_astro/name.hash.svg`, whatever its own
 * extension: a `.png` holding SVG markup came out as `.svg`), and an SVG opened by its address
 * is a page of the guide's origin: its `<script>` and `onload` ran there (measured in Chromium,
 * under the site's CSP). Write-up images are untrusted, so an SVG one is refused.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';

/** How much of the file is read to recognise SVG markup (its root element comes first). */
const SNIFF_BYTES = 4096;

export function isSvgImage(path: string): boolean {
  if (/^\.svgz?$/i.test(extname(path))) return true;
  const head = Buffer.alloc(SNIFF_BYTES);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, head, 0, SNIFF_BYTES, 0);
    return /<svg[\s/>]/i.test(head.subarray(0, read).toString('latin1'));
  } finally {
    closeSync(fd);
  }
}

export function svgImageProblem(written: string): string {
  return `\`${written}\` is an SVG image, which can carry scripts that run when it is opened; ` +
    'expected a PNG, JPEG, WebP or GIF file (export the drawing as PNG, or draw it as a ' +
    'Mermaid diagram)';
}
