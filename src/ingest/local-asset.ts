/**
 * Ingest stage, shared by the image steps: where an image URL in a write-up points — another
 * origin, an inline `data:` URL, or a file that does or does not exist beside the write-up
 * (root-relative URLs are served from `public/`).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export type AssetLocation = 'remote' | 'inline' | 'present' | 'missing' | 'unknown';

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

export function locateAsset(url: string, filePath: string | undefined): AssetLocation {
  if (REMOTE.test(url)) return 'remote';
  if (url.startsWith('data:')) return 'inline';
  if (!filePath) return 'unknown';
  let target: string;
  try {
    target = decodeURIComponent(url.split(/[?#]/)[0] ?? '');
  } catch {
    target = url;
  }
  const path = target.startsWith('/')
    ? resolve('public', `.${target}`)
    : resolve(dirname(filePath), target);
  return existsSync(path) ? 'present' : 'missing';
}
