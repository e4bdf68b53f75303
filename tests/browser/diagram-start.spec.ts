/**
 * Browser test for a wide diagram on a phone (render/mermaid/diagram-start.ts and its client
 * script): the figure scrolls sideways to keep its text readable, and it opens showing the
 * diagram's first box whole, not at its left edge with that box cut off.
 */
import { expect, test } from '@playwright/test';

for (const theme of ['light', 'dark'] as const) {
  for (const url of ['/compare/', '/lessons/base-images/']) {
    test(`on a phone the diagram on ${url} opens showing its first box (${theme})`,
      async ({ page }) => {
        await page.setViewportSize({ width: 390, height: 844 });
        await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        await page.goto(url);
        const figure = page.locator('figure.mermaid-diagram').first();
        await figure.scrollIntoViewIfNeeded();
        const seen = await figure.evaluate((box) => {
          const svg = [...box.querySelectorAll('svg')]
            .find((one) => one.getBoundingClientRect().width > 0)!;
          const nodes = [...svg.querySelectorAll('g.node')].map((n) => n.getBoundingClientRect());
          const top = nodes.reduce((a, b) => (b.top < a.top ? b : a));
          const frame = box.getBoundingClientRect();
          return { scrolls: box.scrollWidth > box.clientWidth, left: top.left - frame.left,
            right: top.right - frame.left, width: box.clientWidth };
        });
        expect(seen.scrolls, 'the diagram is wider than a phone').toBe(true);
        expect(seen.left).toBeGreaterThanOrEqual(0);
        expect(seen.right).toBeLessThanOrEqual(seen.width);
      });
  }
}
