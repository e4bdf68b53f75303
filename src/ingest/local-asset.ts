/**
 * Ingest stage, shared by the image steps: where an image URL in a write-up points — another
 * origin, an inline `data:` URL, or a file that does or does not exist beside the write-up
 * (root-relative URLs are served from `public/`). A local file goes through the shared path
 * check: outside the content folder, a symbolic link out of it, a folder, a device or an
 * oversized file is `refused`, with the reason; so is an SVG document (svg-image.ts), except the
 * site's own in `public/`.
 */
import { resolve } from 'node:path';
import { checkAuthorPath } from '../shared/author-path.ts';
import { MAX_IMAGE_BYTES } from '../shared/limits.ts';
import { isSvgImage, svgImageProblem } from './svg-image.ts';

export type AssetLocation = 'remote' | 'inline' | 'present' | 'missing' | 'refused' | 'unknown';

export interface LocatedAsset {
  location: AssetLocation;
  /** Why a local file is refused (for `refused`). */
  problem?: string;
  /** The file's real path (for `present` outside `public/`: a file Astro will read). */
  path?: string;
}

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

export function locateAsset(url: string, filePath: string | undefined): LocatedAsset {
  if (REMOTE.test(url)) return { location: 'remote' };
  if (url.startsWith('data:')) return { location: 'inline' };
  if (!filePath) return { location: 'unknown' };
  let target: string;
  try {
    target = decodeURIComponent(url.split(/[?#]/)[0] ?? '');
  } catch {
    target = url;
  }
  const fromPublic = target.startsWith('/');
  const checked = fromPublic
    ? checkAuthorPath(`.${target}`, { from: resolve('public', 'index.html'),
      roots: [resolve('public')], maxBytes: MAX_IMAGE_BYTES })
    : checkAuthorPath(target, { from: filePath, maxBytes: MAX_IMAGE_BYTES });
  if (!checked.ok) {
    return checked.kind === 'missing' ? { location: 'missing' }
      : { location: 'refused', problem: checked.problem };
  }
  if (fromPublic) return { location: 'present' };
  if (isSvgImage(checked.path)) return { location: 'refused', problem: svgImageProblem(target) };
  return { location: 'present', path: checked.path };
}
