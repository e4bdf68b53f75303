/**
 * "Run it here" reports a health status only when the Dockerfile has a HEALTHCHECK (issue 12):
 * example 01 has none, so after Run the page says there is no health status, and never
 * "healthy"; example 03 has one, and its verdict is shown. Both say which Python runs. Skipped
 * (with the page's own reason) without the Python packages; under CI that fails instead.
 */
import { expect, test, type Page } from '@playwright/test';
import { skipUnlessCi } from '../require-or-skip.ts';

async function run(page: Page, slug: string) {
  await page.goto(`/examples/${slug}/`);
  const widget = page.locator('section[data-run-here]');
  const button = widget.getByRole('button', { name: /^Run/ });
  if (await button.isDisabled()) {
    const reason = await widget.locator('.run-here-unavailable').innerText();
    test.skip(skipUnlessCi(reason), reason);
  }
  await button.click();
  return widget;
}

test('no HEALTHCHECK, no health status', async ({ page }) => {
  test.setTimeout(120_000);
  const widget = await run(page, '01-first-dockerfile');
  const health = widget.locator('[data-health]');
  await expect(health).toContainText('No health status: the Dockerfile has no HEALTHCHECK',
    { timeout: 90_000 });
  await expect(health).not.toContainText(/\bhealthy\b/);
  await expect(widget.locator('[data-python]')).toBeVisible();
  await expect(widget.locator('[data-python]')).toContainText(/Run uses Python 3\.\d+\.\d+/);
});

test('a HEALTHCHECK gets its verdict', async ({ page }) => {
  test.setTimeout(120_000);
  const widget = await run(page, '03-multi-stage-slim');
  await expect(widget.locator('[data-health]'))
    .toContainText('HEALTHCHECK: healthy (GET /health answered 200).', { timeout: 90_000 });
});
