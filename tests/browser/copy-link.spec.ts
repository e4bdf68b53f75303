/**
 * Links to a place: a heading has Starlight's anchor link and no "Copy link" text under it; a
 * walkthrough step's button puts the step's address on the clipboard; without JavaScript there
 * is no dead button.
 */
import { expect, test } from '@playwright/test';

test('a heading links to itself with the anchor beside it, and says nothing more',
  async ({ page }) => {
    await page.goto('/writeups/lab-02-docker-containerization/');
    const heading = page.locator('[id="1-3-layer-caching-optimization"]');
    const anchor = page.locator('.sl-heading-wrapper', { has: heading })
      .locator('a.sl-anchor-link');
    await expect(anchor).toHaveAttribute('href', '#1-3-layer-caching-optimization');
    await expect(page.locator('main')).not.toContainText('Copy link');
    await anchor.click();
    expect(new URL(page.url()).hash).toBe('#1-3-layer-caching-optimization');
    await expect(heading).toBeInViewport();
  });

test('copies the address of a walkthrough step', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/walkthroughs/multi-stage-python/');
  await page.locator('#step-builder button.copy-link').click();
  expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).hash)
    .toBe('#step-builder');
});

test('a walkthrough step has one link in its title, not a second anchor beside it',
  async ({ page }) => {
    await page.goto('/walkthroughs/multi-stage-python/');
    const step = page.locator('#step-builder');
    await expect(step.locator('a.wt-step-link')).toBeVisible();
    await expect(step.locator('a.sl-anchor-link')).toBeHidden();
    await expect(page.locator('.wt-step a.sl-anchor-link:visible')).toHaveCount(0);
  });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows no copy-link buttons', async ({ page }) => {
    await page.goto('/writeups/lab-02-docker-containerization/');
    await expect(page.locator('button.copy-link').first()).toBeHidden();
  });
});
