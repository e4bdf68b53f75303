/**
 * Issue 14, "a write-up can be a folder", where a reader looks: the guide's folder write-up
 * (content/writeups/app_python/) shows the write-up, its walkthrough over the Dockerfile beside
 * it, and its files — the long app file collapsed until opened — with no axe violation in either
 * theme, and nothing wider than a 390 px phone.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const URL = '/writeups/app_python/';

/** Expressive Code makes a block that scrolls focusable after layout; axe waits for that. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() => [...document.querySelectorAll('.expressive-code pre')]
    .every((pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex')));
}

test('the folder write-up shows its walkthrough and its files', async ({ page }) => {
  await page.goto(URL);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Docker: the Moscow time app');
  await expect(page.getByRole('heading', { level: 2, name: 'Files in this folder' })).toBeVisible();
  // The Dockerfile beside the write-up is the walkthrough's whole file.
  const walkthrough = page.locator('[data-walkthrough]');
  await expect(page.getByText('Walkthrough of the folder\'s Dockerfile in 4 steps')).toBeVisible();
  await expect(walkthrough).toContainText('USER appuser');
  // Two sections quote it; the one that names the base image in inline code joins in, and the
  // one that explains the .dockerignore in words only is a step too, showing that file.
  await expect(walkthrough.locator('.wt-step h3')).toHaveText(
    ['Non-root user', 'Layer caching', 'Pinned, small base image', '.dockerignore']);
  await expect(walkthrough.locator('#step-dockerignore figure .title'))
    .toHaveText('.dockerignore');
  // And among the folder's files.
  await expect(page.locator('figure .title', { hasText: '.dockerignore' })).toHaveCount(2);
  // app.py is longer than a screen: collapsed until the reader opens it.
  const app = page.locator('details.bundle-file', { hasText: 'app.py' });
  await expect(app.locator('summary')).toHaveText(/^app\.py — 37 lines, 737 bytes$/);
  await expect(app.getByText('def moscow_time()')).toBeHidden();
  await app.locator('summary').click();
  await expect(app.getByText('def moscow_time()')).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    test(`no axe violation, nothing cut off (${theme}, ${width} px)`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width, height: width < 500 ? 844 : 720 });
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(URL);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.locator('details.bundle-file summary').click();
      await settled(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) =>
        `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    });
  }
}
