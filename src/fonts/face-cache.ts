/**
 * Site stage, fonts: a content-addressed cache of the cut faces on disk
 * (`node_modules/.cache/shipshape-fonts/`), so a build whose pages use the characters of the last
 * one cuts no font. Cutting is the same work on every build of a guide (the emoji alone: the
 * colour font decompressed, subset and compressed again, 3.6–12 s of the build's main thread at
 * N = 200 generated write-ups, measured with `--cpu-prof`), and a rebuild after one edit almost
 * never brings a new character. The key covers what decides the faces: the code points, which of
 * them are on half the pages, the fonts' code (this folder) and the lock file (the font files
 * and the subsetters' versions).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeWhole } from '../shared/write-whole.ts';
import type { Face } from './font-face-rule.ts';

export const FACE_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'shipshape-fonts');

const FONTS_CODE = fileURLToPath(new URL('.', import.meta.url));
const LOCK_FILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url));

/** A digest of the code and packages that cut the faces. */
export async function codeDigest(): Promise<string> {
  const hash = createHash('sha256');
  for (const name of (await readdir(FONTS_CODE)).sort()) {
    hash.update(`${name}\0`).update(await readFile(join(FONTS_CODE, name))).update('\0');
  }
  hash.update(await readFile(LOCK_FILE).catch(() => 'no lock file'));
  return hash.digest('hex');
}

/** The cache key of the faces for `used`, `common` the points on at least half the pages. */
export async function faceKey(used: ReadonlySet<number>, common: (point: number) => boolean)
  : Promise<string> {
  const points = [...used].sort((a, b) => a - b);
  return createHash('sha256').update(await codeDigest())
    .update(`\0${points.join(',')}\0${points.filter(common).join(',')}`).digest('hex');
}

interface StoredFace extends Omit<Face, 'font'> {
  font: string;
}

/**
 * The faces stored under `key` in `dir`, else those `cut` makes, then stored. A cache file that
 * does not read is cut again.
 */
export async function cachedFaces(key: string, cut: () => Promise<Face[]>,
  dir = FACE_CACHE_DIR): Promise<Face[]> {
  const file = join(dir, `${key}.json`);
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as StoredFace[];
    return stored.map((face) => ({ ...face, font: new Uint8Array(Buffer.from(face.font,
      'base64')) }));
  } catch {
    const faces = await cut();
    await mkdir(dir, { recursive: true });
    const stored: StoredFace[] = faces.map((face) => ({ ...face,
      font: Buffer.from(face.font).toString('base64') }));
    await writeWhole(file, JSON.stringify(stored));
    return faces;
  }
}
