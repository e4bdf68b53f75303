/**
 * Browser test for a wide diagram on a phone (render/mermaid/diagram-start.ts and its client
 * script): the figure scrolls sideways to keep its text readable, and it opens showing the
 * diagram's first box whole, not at its left edge with that box cut off; a shade on each edge
 * that hides more of it says so (wide-tables.css).
 */
import { expect, test, type Page } from '@playwright/test';

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

/** The figure's own paint at its left and right edges, the drawing hidden: shade or page. */
async function edges(page: Page): Promise<{ left: number[];
  right: number[]; page: number[] }> {
  const figure = page.locator('figure.mermaid-diagram').first();
  await figure.evaluate((box) => {
    for (const svg of box.querySelectorAll('svg')) svg.style.visibility = 'hidden';
  });
  const shot = (await figure.screenshot()).toString('base64');
  // The screenshot read back through a canvas: the pixels a reader sees.
  const [left, right] = await page.evaluate(async (png) => {
    const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const y = Math.floor(image.height / 2);
    return [1, image.width - 2].map((x) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)]);
  }, shot);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const page_ = bg.match(/\d+/g)!.slice(0, 3).map(Number);
  return { left: left!, right: right!, page: page_ };
}

for (const theme of ['light', 'dark'] as const) {
  test(`on a phone a diagram wider than the screen shades the edge it hides (${theme})`,
    async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto('/compare/');
      const figure = page.locator('figure.mermaid-diagram').first();
      await figure.scrollIntoViewIfNeeded();
      // Opened at its first box, in the middle: more on both sides, both edges shaded.
      const middle = await edges(page);
      expect(middle.left).not.toEqual(middle.page);
      expect(middle.right).not.toEqual(middle.page);
      // At the right end, nothing more to the right: that edge is the page again.
      await figure.evaluate((box) => {
        box.scrollLeft = box.scrollWidth;
      });
      const end = await edges(page);
      expect(end.right).toEqual(end.page);
      expect(end.left).not.toEqual(end.page);
    });
}
