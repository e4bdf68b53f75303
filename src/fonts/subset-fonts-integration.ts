/**
 * Site stage, fonts: after `astro build`, cuts the emoji and symbol fonts down to the emoji and
 * symbols the built guide uses (used-characters.ts) and writes them into `dist/_fonts/`; their
 * @font-face rules (each unicode-range naming exactly what its file holds) go into every page,
 * inline (inline-font-faces.ts), with the preloads a page needs (preload-fonts.ts), and each
 * emoji in a box of fixed size, so its font arriving late moves nothing (emoji-boxes.ts).
 *
 * Why: the whole Noto Color Emoji came in files of 0.23–1.58 MB, DejaVu in 143–254 KB, and a
 * page with a handful of emoji downloaded several of them (measured: 5.5 MB of fonts on the vote
 * write-up). Cut to what the guide uses, each is a few KB (emoji-subset numbers in the commit
 * and docs/benchmarks.md). Inter and JetBrains Mono stay whole per subset (src/style/fonts.css):
 * they draw any Latin or Cyrillic text, also text the guide does not hold yet.
 *
 * Not in `astro dev`, which has no build: there the emoji and symbols use the system's fonts.
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
import { inlineFontFaces } from './inline-font-faces.ts';
import { addFontPreloads, textFontPreloads, type PreloadFont } from './preload-fonts.ts';
import { subsetColorEmoji } from './subset-emoji.ts';
import { inSymbolBlocks, inTextFonts, unicodeRange, usedCodePoints } from './used-characters.ts';

const require = createRequire(import.meta.url);

/** Where the font files land, from the site's base. */
export const FONTS_FOLDER = '/_fonts/';
const EMOJI = '@fontsource/noto-color-emoji/files/noto-color-emoji-emoji-400-normal.woff';
const SYMBOLS = '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff2';
const SYMBOLS_MONO = '@fontsource/dejavu-mono/files/dejavu-mono-latin-400-normal.woff2';
/** Emoji live from the arrows block on; below it Noto only has keycap digits, © and ®. */
const FIRST_EMOJI = 0x2190;

interface Face {
  family: string;
  name: string;
  font: Uint8Array;
  points: number[];
}

function fileName(face: Face): string {
  const hash = createHash('sha256').update(face.font).digest('base64url').slice(0, 10);
  return `${face.name}.${hash}.woff2`;
}

/** The @font-face rule of `face`, its file at the URL `file`. */
export function fontFaceRule(face: Face, file: string): string {
  return `@font-face {\n  font-family: '${face.family}';\n  font-style: normal;\n` +
    `  font-weight: 400;\n  font-display: swap;\n  src: url('${file}') format('woff2');\n` +
    `  unicode-range: ${unicodeRange(face.points)};\n}\n`;
}

async function read(specifier: string): Promise<Uint8Array> {
  return readFile(require.resolve(specifier));
}

/** The subset faces for the code points `used`. */
export async function subsetFaces(used: Set<number>): Promise<Face[]> {
  const emojiCandidates = [...used].filter((p) => p >= FIRST_EMOJI && !inTextFonts(p));
  const emoji = await subsetColorEmoji(await read(EMOJI), emojiCandidates);
  const emojiPoints = new Set(emoji.points);
  // Also the punctuation of the text fonts' ranges: a browser reaches these faces only for a
  // character the text font lacks (JetBrains Mono has no ‰, measured), so it costs a glyph.
  const symbols = [...used].filter((p) => inSymbolBlocks(p) && !emojiPoints.has(p));
  const faces: Face[] = [];
  if (emoji.points.length > 0) {
    faces.push({ family: 'Noto Color Emoji', name: 'emoji', ...emoji });
  }
  if (symbols.length > 0) {
    const text = String.fromCodePoint(...symbols);
    for (const [family, name, source] of [['Shipshape Symbols', 'symbols', SYMBOLS],
      ['Shipshape Symbols Mono', 'symbols-mono', SYMBOLS_MONO]] as const) {
      const font = await subsetFont(Buffer.from(await read(source)), text,
        { targetFormat: 'woff2' });
      faces.push({ family, name, font: new Uint8Array(font), points: symbols });
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
  emoji: ReadonlySet<number>): Promise<void> {
  for (const page of await builtFiles(dist, '.html')) {
    const html = await readFile(page, 'utf8');
    const changed = inlineFontFaces(addFontPreloads(boxEmoji(html, emoji), fonts), css);
    if (changed !== html) await writeFile(page, changed);
  }
}

export function subsetFontsIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'shipshape:subset-fonts',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const faces = await subsetFaces(await usedCodePoints(dist));
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
          // Only for characters the text fonts lack: for the others this file is not fetched.
          const points = new Set(face.points.filter((point) => !inTextFonts(point)));
          preloads.push({ url, when: { points, inCode: face.name === 'symbols-mono' } });
          if (face.name === 'emoji') emoji = points;
        }
        const builtCss = await Promise.all((await builtFiles(dist, '.css'))
          .map((file) => readFile(file, 'utf8')));
        await addFonts(dist, [...textFontPreloads(builtCss.join('\n')), ...preloads], css,
          emoji);
        logger.info(faces.map((face) => `${face.name}: ${face.points.length} characters, ` +
          `${(face.font.length / 1024).toFixed(1)} KB`).join('; '));
      },
    },
  };
}
