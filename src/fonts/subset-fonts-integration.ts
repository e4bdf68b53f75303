/**
 * Site stage, fonts: after `astro build`, cuts the fonts a page preloads down to the characters
 * the built guide uses (used-characters.ts) and writes them into `dist/_fonts/`: the text fonts
 * (Inter, JetBrains Mono: text-fonts.ts), the emoji and the symbols. Their @font-face rules (each
 * unicode-range naming exactly what its file holds) go into every page, inline
 * (inline-font-faces.ts), with the preloads a page needs (preload-fonts.ts), and each emoji in a
 * box of fixed size, so its font arriving late moves nothing (emoji-boxes.ts).
 *
 * Why: the whole Noto Color Emoji came in files of 0.23–1.58 MB, DejaVu in 143–254 KB, and a
 * page with a handful of emoji downloaded several of them (measured: 5.5 MB of fonts on the vote
 * write-up). Cut to what the guide uses, each is a few KB (emoji-subset numbers in the commit
 * and docs/benchmarks.md). The emoji most pages show (the sidebar's 🐳) get a file of their own,
 * so a page showing only those fetches 2 KB, not the 14 KB of all the guide's emoji.
 *
 * The faces are kept between builds (face-cache.ts): a build using the characters of the last cuts
 * no font. So is the step's work on each page (page-cache.ts): a page with the bytes it had in
 * the last build is neither scanned for its characters nor rewritten again.
 *
 * Not in `astro dev`, which has no build: there the text fonts are the whole files of
 * src/style/fonts-whole.css, and the emoji and symbols the system's fonts. A build writes the
 * whole files' rules into every page too, for what the cut files lack (whole-text-faces.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import { withBase } from '../shared/base-path.ts';
import { boxEmoji } from './emoji-boxes.ts';
import { cachedFaces, faceKey, FACE_CACHE_DIR } from './face-cache.ts';
import { inlineFontFaces } from './inline-font-faces.ts';
import { fontFaceRule, type Face } from './font-face-rule.ts';
import { PageCache, PAGE_CACHE_DIR, settingsKey } from './page-cache.ts';
import { addFontPreloads, type PreloadFont } from './preload-fonts.ts';
import { subsetColorEmoji } from './subset-emoji.ts';
import { textFaces } from './text-fonts.ts';
import { wholeTextFaces } from './whole-text-faces.ts';
import { woffToSfnt } from './woff.ts';
import { inSymbolBlocks, inTextFonts, usedCharacters } from './used-characters.ts';

const require = createRequire(import.meta.url);

/** Where the font files land, from the site's base. */
export const FONTS_FOLDER = '/_fonts/';
const EMOJI = '@fontsource/noto-color-emoji/files/noto-color-emoji-emoji-400-normal.woff';
const SYMBOLS = '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff2';
const SYMBOLS_MONO = '@fontsource/dejavu-mono/files/dejavu-mono-latin-400-normal.woff2';
/** Emoji live from the arrows block on; below it Noto only has keycap digits, © and ®. */
const FIRST_EMOJI = 0x2190;

function fileName(face: Face): string {
  const hash = createHash('sha256').update(face.font).digest('base64url').slice(0, 10);
  return `${face.name}.${hash}.woff2`;
}

async function read(specifier: string): Promise<Uint8Array> {
  return readFile(require.resolve(specifier));
}

/**
 * The emoji faces for `candidates`: those on at least half the pages (`common`) in one file,
 * the others in another, so that a page with only common emoji fetches only the small one.
 */
async function emojiFaces(candidates: number[], common: (point: number) => boolean)
  : Promise<Face[]> {
  if (candidates.length === 0) return [];
  // Opened once for both files, with Node's zlib (woff.ts): 1 s of CPU a cut with fontverter.
  const source = woffToSfnt(await read(EMOJI));
  const faces: Face[] = [];
  for (const [name, group] of [['emoji-common', candidates.filter(common)],
    ['emoji', candidates.filter((point) => !common(point))]] as const) {
    if (group.length === 0) continue;
    const emoji = await subsetColorEmoji(source, group);
    if (emoji.points.length > 0) faces.push({ family: 'Noto Color Emoji', name, ...emoji });
  }
  return faces;
}

/**
 * The cut faces for the code points `used`; `common` tells an emoji on at least half the
 * pages.
 */
export async function subsetFaces(used: Set<number>,
  common: (point: number) => boolean = () => false): Promise<Face[]> {
  const emojiCandidates = [...used].filter((p) => p >= FIRST_EMOJI && !inTextFonts(p));
  const emoji = await emojiFaces(emojiCandidates, common);
  const emojiPoints = new Set(emoji.flatMap((face) => face.points));
  // Also the punctuation of the text fonts' ranges: a browser reaches these faces only for a
  // character the text font lacks (JetBrains Mono has no ‰, measured), so it costs a glyph.
  const symbols = [...used].filter((p) => inSymbolBlocks(p) && !emojiPoints.has(p));
  const faces: Face[] = [...await textFaces(used), ...emoji];
  if (symbols.length > 0) {
    const text = String.fromCodePoint(...symbols);
    for (const [family, name, source] of [['Shipshape Symbols', 'symbols', SYMBOLS],
      ['Shipshape Symbols Mono', 'symbols-mono', SYMBOLS_MONO]] as const) {
      const font = await subsetFont(Buffer.from(await read(source)), text,
        { targetFormat: 'woff2' });
      // Optional, as the text faces: a symbol drawn late in another width would move its line.
      faces.push({ family, name, font: new Uint8Array(font), points: symbols,
        display: 'optional' });
    }
  }
  return faces;
}

async function builtFiles(dist: string, extension: string): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Into every page: the rules `css`, the preloads of `fonts` it needs, and a box around each
 * emoji of `emoji` (emoji-boxes.ts).
 */
async function addFonts(dist: string, fonts: PreloadFont[], css: string,
  emoji: ReadonlySet<number>, cache: PageCache,
  byPage: ReadonlyMap<string, readonly number[]>): Promise<void> {
  const settings = settingsKey(css, [...emoji].join(','), JSON.stringify(fonts,
    (_key, value: unknown) => (value instanceof Set ? [...value as Set<unknown>] : value)));
  for (const page of await builtFiles(dist, '.html')) {
    const html = await readFile(page, 'utf8');
    const changed = await cache.rewritten(html, settings,
      (text) => inlineFontFaces(addFontPreloads(boxEmoji(text, emoji), fonts,
        byPage.get(page)), css));
    if (changed !== html) await writeFile(page, changed);
  }
}

export interface SubsetFontsOptions {
  /** Where the cut faces are kept between builds (face-cache.ts). */
  cacheDir?: string;
  /**
   * Where each page's characters and rewritten HTML are kept (page-cache.ts); beside `cacheDir`
   * when only that is given.
   */
  pageCacheDir?: string;
}

export function subsetFontsIntegration(options: SubsetFontsOptions = {}): AstroIntegration {
  let base = '/';
  return {
    name: 'shipshape:subset-fonts',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // One read of the pages for both (each page's text was read twice: 1.4 s at N = 200).
        const cache = await PageCache.open(options.pageCacheDir ?? (options.cacheDir === undefined
          ? PAGE_CACHE_DIR : `${options.cacheDir}-pages`));
        const { points: used, pages, counts, byPage } = await usedCharacters(dist, cache);
        const common = (point: number) => (counts.get(point) ?? 0) * 2 >= pages;
        const faces = await cachedFaces(await faceKey(used, common),
          () => subsetFaces(used, common), options.cacheDir ?? FACE_CACHE_DIR);
        const folder = join(dist, ...FONTS_FOLDER.split('/').filter(Boolean));
        await mkdir(folder, { recursive: true });
        let css = '';
        const preloads: PreloadFont[] = [];
        let emoji = new Set<number>();
        for (const face of faces) {
          const file = fileName(face);
          await writeFile(join(folder, file), face.font);
          const url = withBase(`${FONTS_FOLDER}${file}`, base);
          css += fontFaceRule(face, url);
          if (face.family === 'Inter') {
            preloads.push({ url, when: 'always' });
          } else if (face.family === 'JetBrains Mono') {
            preloads.push({ url, when: 'code' });
          } else {
            // Only for characters the text fonts lack: for the others it is not fetched.
            const points = new Set(face.points.filter((point) => !inTextFonts(point)));
            preloads.push({ url, when: { points, inCode: face.name === 'symbols-mono' } });
            if (face.family === 'Noto Color Emoji') emoji = new Set([...emoji, ...points]);
          }
        }
        // The whole text files, for characters the cut ones lack: never preloaded, and declared
        // first. A browser tries the faces of a family last-declared first; tried before the
        // cut ones, the whole Latin file was fetched on pages with pre-formatted text (its range
        // holds the line break; measured on the walkthrough), as it never was declared before.
        let whole = '';
        for (const face of await wholeTextFaces(faces)) {
          const file = fileName(face);
          await writeFile(join(folder, file), face.font);
          whole += fontFaceRule(face, withBase(`${FONTS_FOLDER}${file}`, base));
        }
        await addFonts(dist, preloads, whole + css, emoji, cache, byPage);
        await cache.close();
        logger.info(faces.map((face) => `${face.name}: ${face.points.length} characters, ` +
          `${(face.font.length / 1024).toFixed(1)} KB`).join('; '));
      },
    },
  };
}
