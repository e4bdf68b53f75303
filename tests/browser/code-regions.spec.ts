/**
 * Browser test for code blocks that scroll sideways (render/ec-region-names.ts): on a phone,
 * where many do, each is a keyboard-reachable region with a name of its own, so a screen reader
 * can tell them apart (and axe's landmark-unique holds; guide.spec.ts runs axe at 390 px).
 */
import { expect, test } from '@playwright/test';

for (const url of ['/writeups/containerizing-the-vote-service/',
  '/walkthroughs/multi-stage-python/', '/examples/03-multi-stage-slim/']) {
  test(`on a phone every scrolling code block on ${url} is a region with its own name`,
    async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(url);
      await page.evaluate(() => document.fonts.ready);
      // Expressive Code marks a scrolling block a region from a ResizeObserver, after layout.
      await page.waitForFunction(() => [...document.querySelectorAll('.expressive-code pre')]
        .every((pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('role')));
      const regions = page.locator('.expressive-code pre[role="region"]');
      expect(await regions.count(), url).toBeGreaterThan(1);
      const names = await regions.evaluateAll((all) =>
        all.map((pre) => pre.getAttribute('aria-label') ?? ''));
      for (const name of names) expect(name).toMatch(/^Code: .+, \d+ lines?|^Code: .+, lines? /);
      expect(new Set(names).size, names.join('\n')).toBe(names.length);
      await expect(page.getByRole('region', { name: names[0] ?? '', exact: true })).toHaveCount(1);
    });
}
