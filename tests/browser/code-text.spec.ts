/**
 * Code shows the characters the author typed: no ligature may draw `==` or `=>` as one glyph in
 * code blocks, inline code or the Run-it-here editors.
 */
import { expect, test } from '@playwright/test';

test('code is drawn without ligatures', async ({ page }) => {
  await page.goto('/examples/02-hardened-alpine/');
  const styles = await page.evaluate(() =>
    ['.expressive-code .ec-line .code span', 'p code', '.run-here textarea'].map((selector) => {
      const element = document.querySelector(selector);
      if (!element) return `${selector}: missing`;
      const style = getComputedStyle(element);
      return `${selector}: ${style.fontVariantLigatures} / ${style.fontFeatureSettings}`;
    }));
  for (const line of styles) expect(line).toMatch(/: none \/ "calt" 0, "liga" 0$/);
});
