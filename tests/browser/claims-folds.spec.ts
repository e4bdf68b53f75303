/**
 * Browser tests for the write-up claims on /compare/ (compare/claims-table.ts, wide-tables.css):
 * on a phone each claim is a short card whose evidence (the reason and what the source says) is
 * folded under "Why", which opens with a tap or the keyboard and without script; in the table
 * of a wide screen nothing is folded.
 */
import { expect, test, type Page } from '@playwright/test';

const disagreeing = (page: Page) =>
  page.locator('.claims-table tr[data-verdict="disagrees"]').first();

test('on a phone the claims fold their evidence: the cards are far shorter', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/compare/');
  const claims = await page.locator('.claims-table').boundingBox();
  const count = await page.locator('.claims-table tbody tr').count();
  expect(count).toBeGreaterThan(30);
  // Unfolded, the 40 cards were 9,460 px (about 236 px a card); folded they are about 125.
  expect(claims!.height / count).toBeLessThan(150);
  const card = disagreeing(page);
  await card.scrollIntoViewIfNeeded();
  await expect(card.locator('td[data-label="Verdict"] strong')).toBeVisible();
  await expect(card.locator('td[data-label="Source says"]')).toBeHidden();
  const reason = card.locator('.claim-why > span');
  await expect(reason).toBeHidden();
  // The keyboard opens it: the fold is a real control.
  const why = card.locator('summary');
  await why.focus();
  await page.keyboard.press('Enter');
  await expect(reason).toBeVisible();
  await expect(reason).toContainText('The source gives');
  await expect(card.locator('td[data-label="Source says"]')).toBeVisible();
  await expect(card.locator('td[data-label="Source says"]').getByRole('link', { name: '[source]' }))
    .toBeVisible();
  // Every card still fits the window.
  const box = await card.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
});

test('each fold names its claim for a screen reader', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/compare/');
  const names = await page.locator('.claims-table summary').evaluateAll((all) =>
    all.map((summary) => summary.textContent?.trim() ?? ''));
  expect(names.length).toBeGreaterThan(30);
  for (const name of names) expect(name).toMatch(/^Why \(.+\.md:\d+\)$/);
});

test('at 1440 px the claims table shows every reason and source, with no fold in sight',
  async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/compare/');
    const card = disagreeing(page);
    await expect(card.locator('.claim-why > span')).toBeVisible();
    await expect(card.locator('td[data-label="Source says"]')).toBeVisible();
    await expect(card.locator('summary')).toBeHidden();
  });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a phone reader still opens a claim\'s evidence', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/compare/');
    const card = disagreeing(page);
    await card.locator('summary').click();
    await expect(card.locator('.claim-why > span')).toBeVisible();
    await expect(card.locator('td[data-label="Source says"]')).toBeVisible();
  });
});

test('on paper every reason and source prints, and no fold', async ({ page }) => {
  // A page's width on paper: the claims print as cards.
  await page.setViewportSize({ width: 700, height: 1000 });
  await page.goto('/compare/');
  await page.emulateMedia({ media: 'print' });
  await expect(disagreeing(page).locator('summary')).toBeHidden();
  await expect(disagreeing(page).locator('.claim-why > span')).toBeVisible();
  await expect(disagreeing(page).locator('td[data-label="Source says"]')).toBeVisible();
});

for (const width of [390, 1024]) {
  test(`at ${width} px an opened "Why" stays beside its verdict; the reason goes below`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/compare/');
    const card = disagreeing(page);
    await card.scrollIntoViewIfNeeded();
    const verdict = card.locator('td[data-label="Verdict"] strong');
    const why = card.locator('summary');
    await why.click();
    const reason = card.locator('.claim-why > span');
    await expect(reason).toBeVisible();
    const [v, w, r] = await Promise.all([verdict, why, reason].map((l) => l.boundingBox()));
    // On one line: "Verdict: ✗ disagrees › Why" (the old layout put "Why" 21 px lower).
    expect(Math.abs(w!.y - v!.y)).toBeLessThan(2);
    expect(w!.x).toBeGreaterThan(v!.x + v!.width);
    expect(r!.y).toBeGreaterThanOrEqual(v!.y + v!.height - 1);
  });
}
