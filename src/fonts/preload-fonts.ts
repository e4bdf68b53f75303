/**
 * Site stage, fonts: `<link rel="preload">` for the font files a built page will need, put at
 * the top of its `<head>` after the build. A font a browser discovers only while laying out
 * the page arrives after the first paint and swaps in, moving text (measured: CLS up to 0.04
 * on the landing page, 0.10 on a lesson); requested with the HTML, it is there when the page is
 * first laid out.
 *
 * Which files (all cut to the guide's characters, subset-fonts-integration.ts): Inter 400, 600
 * and 700 (every page: body, sidebar, headings), JetBrains Mono on pages with code, and the
 * emoji and symbol files on pages that hold one of their characters. The whole Latin Extended
 * and Cyrillic files are left to unicode-range: rare, and a preload that goes unused costs its
 * bytes on every page.
 */
import { codePoints } from './used-characters.ts';

export interface PreloadFont {
  /** URL as the page requests it (with the site's base). */
  url: string;
  /** Preload `'always'`, on pages with `'code'` (a `<code>`), or on pages with any of `points`
   * (anywhere, or inside `<code>`/`<pre>` only when `inCode`). */
  when: 'always' | 'code' | { points: ReadonlySet<number>; inCode?: boolean };
}

const CODE = /<(pre|code)[\s>][\s\S]*?<\/\1>/g;

/** The code points inside the page's `<code>` and `<pre>` elements. */
function pointsInCode(html: string): Set<number> {
  const inCode = new Set<number>();
  for (const [code] of html.matchAll(CODE)) codePoints(code, inCode);
  return inCode;
}

function wanted(font: PreloadFont, html: string, points: ReadonlySet<number>,
  inCode: () => ReadonlySet<number>): boolean {
  if (font.when === 'always') return true;
  if (font.when === 'code') return /<code[\s>]/.test(html);
  const on = [...font.when.points].filter((point) => points.has(point));
  if (on.length === 0 || !font.when.inCode) return on.length > 0;
  const code = inCode();
  return on.some((point) => code.has(point));
}

/**
 * `html` with preload links for the fonts of `fonts` it needs, first thing in its `<head>`.
 * `pagePoints`: the page's code points when they are known already (used-characters.ts).
 */
export function addFontPreloads(html: string, fonts: readonly PreloadFont[],
  pagePoints?: Iterable<number>): string {
  const points = pagePoints === undefined ? codePoints(html) : new Set(pagePoints);
  // The code's characters are read only on a page that shows a character of a font preloaded
  // for code (this step took 0.78 s over the pages of 1,000 write-ups when it read every page's
  // characters and its code's again).
  let inCode: Set<number> | undefined;
  const links = fonts.filter((font) => wanted(font, html, points,
    () => (inCode ??= pointsInCode(html)))).map((font) =>
    `<link rel="preload" href="${font.url}" as="font" type="font/woff2" crossorigin>`);
  if (links.length === 0) return html;
  return html.replace(/<head>/i, (head) => `${head}${links.join('')}`);
}
