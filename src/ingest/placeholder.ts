/**
 * Ingest stage, shared by the image steps: how a missing image is shown (a labelled `role="img"`
 * box) and what the author is told.
 */
import type { Properties } from 'hast';

export function placeholderProperties(label: string, url: string): Properties {
  return {
    className: ['shipshape-missing-image'],
    role: 'img',
    ariaLabel: `Image not available: ${label} (${url})`,
    dataSrc: url,
  };
}

export function missingImageMessage(url: string): string {
  return `image \`${url}\` does not exist; shown as a placeholder ` +
    `(add the file at \`${url}\` beside the write-up, or remove the reference)`;
}

export function remoteImageMessage(url: string): string {
  return `remote image \`${url}\` would be loaded from another origin; ` +
    'shown as a link instead (copy the image into the write-up folder to embed it)';
}

/** `problem` comes from the shared path check (src/shared/author-path.ts). */
export function refusedImageMessage(problem: string): string {
  return `image not shown: ${problem}; shown as a placeholder`;
}
