/**
 * PDF: the faces a page loads `font-display: optional` (not used when late, on screen) print
 * with `block` (the print waits for them), so the PDF never prints in a system font.
 */
import { describe, expect, it } from 'vitest';
import { printFontDisplay } from '../../../src/pdf/font-display.ts';

describe('font-display in print documents', () => {
  it('turns optional into block and leaves swap alone', () => {
    expect(printFontDisplay("@font-face {font-family: 'Inter';font-display: optional;}"
      + "@font-face {font-family: 'Noto Color Emoji';font-display: swap;}"
      + '@font-face{font-family:X;font-display:optional}'))
      .toBe("@font-face {font-family: 'Inter';font-display: block;}"
        + "@font-face {font-family: 'Noto Color Emoji';font-display: swap;}"
        + '@font-face{font-family:X;font-display: block}');
  });
});
