/**
 * Browser tests: a Dockerfile block whose comments silence findings says so where a reader
 * looks — the badge counts only what is reported and says how many were suppressed; opened, the
 * panel names each silenced finding with the comment and its line, and links the rule's page.
 */
import { expect, test } from '@playwright/test';

test('the block says what its hadolint comment suppressed, and by which line', async ({ page }) => {
  await page.goto('/silencing-findings/');
  const panel = page.locator('#dockerfile-1');
  const summary = panel.locator('summary');
  await expect(summary).toContainText('(1 suppressed)');
  const suppressed = panel.locator('ul.findings-suppressed').getByRole('listitem');
  await expect(suppressed).toBeHidden();
  await summary.click();
  await expect(suppressed).toHaveCount(1);
  await expect(suppressed).toBeVisible();
  await expect(suppressed).toContainText('DL3008 on line 4, by # hadolint ignore=DL3008');
  await expect(suppressed).toContainText('(line 2)');
  // The silenced line is not marked in the code as a finding.
  const code = page.locator('.expressive-code').first();
  await expect(code.locator('.ec-line.mark').filter({ hasText: 'apt-get install' }))
    .toHaveCount(0);
  await suppressed.getByRole('link', { name: 'DL3008' }).click();
  await expect(page).toHaveURL(/\/rules\/dl3008\/$/);
});

test('two rule sets\' findings of one problem name each other', async ({ page }) => {
  await page.goto('/silencing-findings/');
  const panel = page.locator('#dockerfile-3');
  await panel.locator('summary').click();
  const item = (rule: string) => panel.getByRole('listitem')
    .filter({ has: page.locator('.finding-rule', { hasText: new RegExp(`^${rule}$`) }) });
  const dl4003 = item('DL4003');
  await expect(dl4003).toContainText('Line 5');
  await expect(dl4003).toContainText('Same problem as MultipleInstructionsDisallowed (line 4)');
  const buildkit = item('MultipleInstructionsDisallowed');
  await expect(buildkit).toContainText('Line 4');
  await expect(buildkit).toContainText('Same problem as DL4003 (line 5)');
});
