/**
 * Site stage, fonts: the whole files of Inter and JetBrains Mono (Latin, Latin Extended,
 * Cyrillic; their rules in src/style/fonts-whole.css) in a build that cuts the text fonts, for
 * the characters the cut files lack: a reader's input, text a later build adds, Cyrillic.
 *
 * Why not the stylesheet as it is: the cut faces are `font-display: optional` (a face that
 * misses the first paint is not used on that page, so text never re-wraps when it lands:
 * text-fonts.ts), and a browser that finds a face of a family not ready reaches for the next
 * face of that family whose unicode-range holds the character. With Fontsource's ranges that is
 * the whole Latin file, which then swaps in and moves the text (measured, CLS 0.0002–0.027 with
 * the cut files held until after the first paint). So each whole file's range here leaves out
 * what the cut file of its family and weight holds; the build writes these rules into every
 * page with the others (inline-font-faces.ts) and leaves the stylesheet out (src/plugin/index.ts).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Face } from './font-face-rule.ts';

const require = createRequire(import.meta.url);

/** The stylesheet of the whole files, as `astro dev` loads it. */
export const WHOLE_FONTS_CSS = fileURLToPath(new URL('../style/fonts-whole.css', import.meta.url));

export interface WholeFile {
  family: string;
  weight: number;
  /** The file as the stylesheet names it (`@fontsource/inter/files/…woff2`). */
  file: string;
  /** The code points of its unicode-range. */
  points: number[];
}

export class WholeFontsError extends Error {
  override name = 'WholeFontsError';
}

/** The code points of a CSS unicode-range (`U+0000-00FF, U+0131, U+04??`). */
export function unicodeRangePoints(range: string): number[] {
  const points = new Set<number>();
  for (const part of range.split(',').map((item) => item.trim()).filter(Boolean)) {
    const match = /^U\+([\da-f?]{1,6})(?:-([\da-f]{1,6}))?$/i.exec(part);
    if (!match) throw new WholeFontsError(`\`${part}\` is not a unicode-range item`);
    const [, from = '', to] = match;
    const start = Number.parseInt(from.replace(/\?/g, '0'), 16);
    const end = Number.parseInt(to ?? from.replace(/\?/g, 'f'), 16);
    for (let point = start; point <= end; point += 1) points.add(point);
  }
  return [...points].sort((a, b) => a - b);
}

function property(rule: string, name: string, where: string): string {
  const match = new RegExp(`${name}\\s*:\\s*([^;]+);`).exec(rule);
  if (!match?.[1]) throw new WholeFontsError(`${where}: an @font-face rule without ${name}`);
  return match[1].trim();
}

/** The rules of `css` (fonts-whole.css; `where` names it in errors). */
export function readWholeFiles(css: string, where = WHOLE_FONTS_CSS): WholeFile[] {
  const rules = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/@font-face\s*\{([^}]*)\}/g)];
  return rules.map(([, rule = '']) => {
    const file = /url\('([^']+)'\)/.exec(rule)?.[1];
    if (!file) throw new WholeFontsError(`${where}: an @font-face rule without url('…')`);
    return {
      family: property(rule, 'font-family', where).replace(/['"]/g, ''),
      weight: Number(property(rule, 'font-weight', where)),
      file,
      points: unicodeRangePoints(property(rule, 'unicode-range', where)),
    };
  });
}

/** `whole` less the characters the faces of `cut` of its family and weight hold. */
export function outsideCut(whole: WholeFile, cut: readonly Face[]): number[] {
  const held = new Set(cut.filter((face) => face.family === whole.family
    && (face.weight ?? 400) === whole.weight).flatMap((face) => face.points));
  return whole.points.filter((point) => !held.has(point));
}

/** The whole files as faces (`font-display: swap`: they draw only text the guide does not
 * hold), each claiming what the cut faces `cut` leave. */
export async function wholeTextFaces(cut: readonly Face[]): Promise<Face[]> {
  const faces: Face[] = [];
  for (const whole of readWholeFiles(await readFile(WHOLE_FONTS_CSS, 'utf8'))) {
    const points = outsideCut(whole, cut);
    if (points.length === 0) continue;
    const name = (whole.file.split('/').pop() ?? whole.file).replace(/-normal\.woff2$/, '');
    faces.push({ family: whole.family, weight: whole.weight, name, points,
      font: new Uint8Array(await readFile(require.resolve(whole.file))) });
  }
  return faces;
}
