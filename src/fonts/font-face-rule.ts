/**
 * Site stage, fonts: a face cut after the build (text, emoji or symbols) and the @font-face rule
 * that serves it. Its unicode-range names exactly the characters its file holds, so a browser
 * fetches it only for a page that shows one of them, and reaches past it for any other.
 */
import { unicodeRange } from './used-characters.ts';

export interface Face {
  family: string;
  /** Its name in `_fonts/` (`inter-400.<hash>.woff2`). */
  name: string;
  /** 400 unless said. */
  weight?: number;
  /** WOFF2. */
  font: Uint8Array;
  /** The code points the file holds. */
  points: number[];
  /** `swap` unless said: `optional` for a face whose late arrival would move text (it is then
   * not used on that page; text-fonts.ts). */
  display?: 'swap' | 'optional';
}

/** The @font-face rule of `face`, its file at the URL `file`. */
export function fontFaceRule(face: Face, file: string): string {
  return `@font-face {\n  font-family: '${face.family}';\n  font-style: normal;\n` +
    `  font-weight: ${face.weight ?? 400};\n  font-display: ${face.display ?? 'swap'};\n` +
    `  src: url('${file}') format('woff2');\n  unicode-range: ${unicodeRange(face.points)};\n}\n`;
}
