/**
 * Outputs stage, PDF: the pages' @font-face rules as a print document needs them. On screen the
 * text and symbol faces are `font-display: optional` (src/fonts/text-fonts.ts): one that misses
 * the first paint is not used on that page, and the system font draws its text. A print
 * document must print in the guide's fonts however long they take to load, so there they are
 * `block`: text waits for its face, and render-pdf.ts waits for the faces before printing.
 */

/** `css` with every `font-display: optional` made `block`. */
export function printFontDisplay(css: string): string {
  return css.replace(/font-display\s*:\s*optional\b/g, 'font-display: block');
}
