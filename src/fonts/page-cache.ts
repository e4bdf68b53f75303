/**
 * Site stage, fonts: the fonts step's work on each page kept between builds, keyed by the page's
 * bytes (`node_modules/.cache/shipshape-font-pages/`). Astro writes every page again on each
 * build, and after an edit to one write-up almost all come out with the bytes of the last build;
 * for those, the code points (used-characters.ts) and the rewritten page (preloads, inline
 * @font-face rules, emoji boxes) are taken from here instead of worked out again. A page's entry
 * is keyed by a digest of the page as Astro wrote it, of what the step adds to it (`settings`:
 * the rules, the preloads, the emoji) and of the fonts' code, so a page, a face or the code that
 * changed misses. Entries a build did not use are removed at its end: the cache holds the pages
 * of one build.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeWhole } from '../shared/write-whole.ts';
import { codeDigest } from './face-cache.ts';

export const PAGE_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache',
  'shipshape-font-pages');
const POINTS_FILE = 'points.json';

function digest(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

interface StoredPoints {
  code: string;
  pages: Record<string, number[]>;
}

/** One build's view of the cache: open it, read and rewrite the pages, close it. */
export class PageCache {
  /** The code points of each page seen by this build, by the page's digest. */
  private readonly points = new Map<string, number[]>();
  /** The rewritten pages this build used or made (file names). */
  private readonly used = new Set<string>();

  private readonly dir: string;
  private readonly code: string;
  private readonly known: Record<string, number[]>;
  /** The rewritten pages stored by the last build: a page not among them is not looked for. */
  private readonly stored: ReadonlySet<string>;

  private constructor(dir: string, code: string, known: Record<string, number[]>,
    stored: ReadonlySet<string>) {
    this.dir = dir;
    this.code = code;
    this.known = known;
    this.stored = stored;
  }

  static async open(dir = PAGE_CACHE_DIR): Promise<PageCache> {
    const code = await codeDigest();
    let known: Record<string, number[]> = {};
    try {
      const stored = JSON.parse(await readFile(join(dir, POINTS_FILE), 'utf8')) as StoredPoints;
      if (stored.code === code && typeof stored.pages === 'object') known = stored.pages;
    } catch {
      // No cache yet, or a torn one: every page is worked out.
    }
    const stored = new Set(await readdir(dir).catch(() => [] as string[]));
    return new PageCache(dir, code, known, stored);
  }

  /** The code points of the page `html`, from the last build when its bytes are the same. */
  pointsOf(html: string, compute: (html: string) => Iterable<number>): number[] {
    const key = digest(html);
    const found = this.points.get(key) ?? this.known[key];
    const points = Array.isArray(found) ? found : [...compute(html)];
    this.points.set(key, points);
    return points;
  }

  /** `rewrite(html)`, from the last build when the page and `settings` are the same. */
  async rewritten(html: string, settings: string, rewrite: (html: string) => string)
    : Promise<string> {
    const name = `${digest(this.code, settings, html)}.html`;
    this.used.add(name);
    const file = join(this.dir, name);
    if (this.stored.has(name)) {
      const kept = await readFile(file, 'utf8').catch(() => undefined);
      if (kept !== undefined) return kept;
    }
    const out = rewrite(html);
    if (this.stored.size === 0) await mkdir(this.dir, { recursive: true });
    await writeWhole(file, out);
    return out;
  }

  /** Stores this build's code points and removes the pages it did not use. */
  async close(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const stored: StoredPoints = { code: this.code, pages: Object.fromEntries(this.points) };
    await writeWhole(join(this.dir, POINTS_FILE), JSON.stringify(stored));
    for (const name of await readdir(this.dir)) {
      if (name.endsWith('.html') && !this.used.has(name)) {
        await unlink(join(this.dir, name)).catch(() => undefined);
      }
    }
  }
}

/** The key of what the fonts step adds to every page. */
export function settingsKey(...parts: string[]): string {
  return digest(...parts);
}
