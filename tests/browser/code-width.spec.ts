/**
 * Browser test for code beside a walkthrough (walkthrough.css): on a page whose column widens
 * for its walkthrough (1440 px), only the walkthrough takes the width; other code blocks, their
 * lint findings and file tabs keep the prose's measure, wider only where a line needs it.
 */
import { expect, test } from '@playwright/test';

for (const url of ['/writeups/containerizing-the-vote-service/', '/lessons/multi-stage-builds/',
  '/examples/03-multi-stage-slim/']) {
  test(`at 1440 px code outside the walkthrough on ${url} is as wide as the prose`,
    async ({ page }) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(url);
      await page.evaluate(() => document.fonts.ready);
      const found = await page.evaluate(() => {
        const prose = document.querySelector('.sl-markdown-content > p')!
          .getBoundingClientRect().width;
        const column = document.querySelector('.sl-markdown-content')!
          .getBoundingClientRect().width;
        const boxes = [...document.querySelectorAll(
          '.sl-markdown-content :is(.expressive-code, .dockerfile-findings, .file-tabs)')]
          .filter((box) => !box.closest('.walkthrough') && !box.parentElement?.closest(
            '.expressive-code, .file-tabs'))
          .filter((box) => box.getBoundingClientRect().width > 0)
          .map((box) => {
            // The longest line, where the box is code: a box may widen to show it whole.
            const lines = [...box.querySelectorAll('.ec-line .code')].map((line) => {
              const range = document.createRange();
              range.selectNodeContents(line);
              return range.getBoundingClientRect().width;
            });
            return { width: box.getBoundingClientRect().width, longest: Math.max(0, ...lines),
              tabs: box.matches('.file-tabs, .dockerfile-findings'), text: box.textContent!
                .trim().slice(0, 40) };
          });
        return { prose, column, boxes };
      });
      expect(found.column, 'the page has the walkthrough\'s wide column').toBeGreaterThan(
        found.prose + 200);
      expect(found.boxes.length).toBeGreaterThan(0);
      for (const box of found.boxes) {
        // Padding and the frame (a terminal's is widest) take up to ~4.5rem around a line.
        const allowed = box.tabs ? found.prose : Math.max(found.prose, box.longest + 72);
        expect(box.width, `${box.text} (longest line ${Math.round(box.longest)} px)`)
          .toBeLessThanOrEqual(allowed + 1);
      }
    });
}

test('at 1440 px the walkthrough itself still takes the wide column', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/writeups/containerizing-the-vote-service/');
  const widths = await page.evaluate(() => ({
    prose: document.querySelector('.sl-markdown-content > p')!.getBoundingClientRect().width,
    walkthrough: document.querySelector('.walkthrough')!.getBoundingClientRect().width,
  }));
  expect(widths.walkthrough).toBeGreaterThan(widths.prose + 200);
});
