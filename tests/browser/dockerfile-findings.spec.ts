/**
 * Browser tests: a write-up's Dockerfile blocks show the engine's findings where a reader looks —
 * marked lines in the code, a summary badge, an expandable list linking to the rule's page.
 */
import { expect, test } from '@playwright/test';

const page1 = '/writeups/containerizing-the-vote-service/';

test('the naive Dockerfile shows its findings on the right lines', async ({ page }) => {
  await page.goto(page1);
  const panel = page.locator('#dockerfile-1');
  const code = page.locator('.expressive-code').filter({ has: page.locator('pre') }).first();
  // The marked lines are the ones the findings name: line 7, `RUN pip install …`.
  const marked = code.locator('.ec-line.mark');
  await expect(marked).toHaveCount(await panel.locator('li[data-line]').evaluateAll((items) =>
    new Set(items.map((li) => li.getAttribute('data-line'))).size));
  await expect(marked.filter({ hasText: 'RUN pip install -r requirements.txt' })).toHaveCount(1);

  const summary = panel.locator('summary');
  await expect(summary).toContainText(/\d+ warnings?/);
  const item = panel.getByRole('listitem').filter({ hasText: 'DL3042' });
  await expect(item).toBeHidden();
  await summary.click();
  await expect(item).toBeVisible();
  await expect(item).toContainText('Line 7');
  await item.getByRole('link', { name: 'DL3042' }).click();
  await expect(page).toHaveURL(/\/rules\/dl3042\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('DL3042');
  await expect(page.getByRole('link', { name: /Containerizing the Vote Service/ }).first())
    .toBeVisible();
});

test('a clean snippet says it is clean', async ({ page }) => {
  await page.goto('/writeups/lab-02-docker-containerization/');
  const clean = page.locator('details.dockerfile-findings[data-worst="clean"]').first();
  await expect(clean.locator('summary')).toContainText('No findings');
  await expect(clean.locator('summary')).toContainText('fragment');
});

test('the practices matrix links each verdict to its evidence', async ({ page }) => {
  await page.goto('/practices/');
  const table = page.getByRole('table', { name: /container practices/ });
  const row = table.getByRole('row').filter({ hasText: 'Lab 02' });
  const cell = row.locator('td[data-practice="multi-stage"]');
  await expect(cell).toContainText('yes');
  await cell.getByRole('link').click();
  await expect(page).toHaveURL(/\/writeups\/lab-02-docker-containerization\/#dockerfile-\d+$/);
});
