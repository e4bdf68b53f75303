/**
 * Copy-link buttons: on a heading and on a walkthrough step they put the section's address on
 * the clipboard; without JavaScript there is no dead button.
 */
import { expect, test } from '@playwright/test';

test('copies the address of a heading and of a walkthrough step', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/writeups/lab-02-docker-containerization/');
  const button = page.getByRole('button', {
    name: 'Copy link to “1.3 Layer Caching Optimization”',
  });
  await button.click();
  await expect(button).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).hash).toBe('#1-3-layer-caching-optimization');
  await page.goto('/walkthroughs/multi-stage-python/');
  await page.locator('#step-builder button.copy-link').click();
  expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).hash)
    .toBe('#step-builder');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows no copy-link buttons', async ({ page }) => {
    await page.goto('/writeups/lab-02-docker-containerization/');
    await expect(page.locator('button.copy-link').first()).toBeHidden();
  });
});
