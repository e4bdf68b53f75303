/**
 * Browser tests for the comparison page: the diagram (one drawing) and the chart follow the
 * theme toggle, the table is a real table, and printing keeps the light rendering.
 */
import { expect, test, type Page } from '@playwright/test';

async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption(theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

test('the theme toggle switches the diagram and the chart colours', async ({ page }) => {
  await page.goto('/compare/');
  // One drawing for both themes (render/mermaid/one-drawing.ts): its colours are CSS.
  await expect(page.locator('.mermaid-diagram > svg')).toHaveCount(1);
  const drawing = page.locator('.mermaid-diagram svg.mermaid-themed');
  const firstBox = drawing.locator('g.node').first().locator('path, rect, polygon').first();
  const boxFill = () => firstBox.evaluate((el) => getComputedStyle(el).fill);
  const textColour = () => drawing.locator('g.node .nodeLabel').first()
    .evaluate((el) => getComputedStyle(el).color);
  const labelColour = () => page.locator('.size-chart .chart-label').first()
    .evaluate((el) => getComputedStyle(el).color);
  await setTheme(page, 'light');
  await expect(drawing).toBeVisible();
  const light = { box: await boxFill(), text: await textColour(), label: await labelColour() };
  await setTheme(page, 'dark');
  await expect(drawing).toBeVisible();
  const dark = { box: await boxFill(), text: await textColour(), label: await labelColour() };
  // Mermaid's own palettes: #ECECFF boxes with #333 text in light, #1f2020 and #ccc in dark.
  expect(light).toMatchObject({ box: 'rgb(236, 236, 255)', text: 'rgb(51, 51, 51)' });
  expect(dark).toMatchObject({ box: 'rgb(31, 32, 32)' });
  expect(dark.text).not.toBe(light.text);
  expect(dark.label).not.toBe(light.label);
  // Paper keeps the light drawing whatever the theme.
  await page.emulateMedia({ media: 'print' });
  expect(await boxFill()).toBe('rgb(236, 236, 255)');
});

test('the comparison is a real table with a caption and header cells', async ({ page }) => {
  await page.goto('/compare/');
  const table = page.getByRole('table', { name: /Base images/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'python:3.13-slim' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'libc' })).toBeVisible();
});

test('sort, filter and choose the images compared', async ({ page }) => {
  await page.goto('/compare/');
  const table = page.getByRole('table', { name: /Base images/ });
  const names = () => table.locator('tbody tr:not([hidden]) th').allTextContents();
  await page.getByLabel('Sort by').selectOption({ label: 'Size' });
  const sorted = await names();
  expect(sorted.indexOf('scratch')).toBeLessThan(sorted.indexOf('python:3.13'));
  expect(sorted.at(-1)).toBe('python:3.13');
  await expect(table.getByRole('columnheader', { name: 'Size' })).toHaveAttribute('aria-sort',
    'ascending');
  await page.getByLabel('Filter').fill('musl');
  for (const name of await names()) expect(name).toMatch(/alpine/);
  await expect(page.getByRole('status')).toContainText(/\d+ of \d+ images shown/);
  await page.getByLabel('Filter').fill('');
  await page.getByRole('group', { name: 'Images compared' }).getByLabel('python:3.13-slim')
    .uncheck();
  expect(await names()).not.toContain('python:3.13-slim');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the comparison is a complete plain table', async ({ page }) => {
    await page.goto('/compare/');
    await expect(page.locator('.compare-controls')).toHaveCount(0);
    expect(await page.locator('table.compare-table tbody tr').count()).toBeGreaterThanOrEqual(11);
  });
});

test('print shows every row, without the controls', async ({ page }) => {
  await page.goto('/compare/');
  await page.getByLabel('Filter').fill('musl');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.compare-controls')).toBeHidden();
  for (const row of await page.locator('table.compare-table tbody tr').all()) {
    await expect(row).toBeVisible();
  }
});

test('a comparison table in a write-up becomes interactive, with verdicts and a link', async ({
  page,
}) => {
  await page.goto('/writeups/docker-implementation-details/');
  const table = page.locator('table.compare-table');
  await expect(table).toHaveCount(1);
  // An eight-row table reads without its options: they start folded.
  await expect(page.getByLabel('Filter')).toBeHidden();
  await page.getByText('Table options: sort, filter, choose rows').click();
  await page.getByLabel('Filter').fill('musl');
  await expect(table.locator('tbody tr:not([hidden])')).toHaveCount(1);
  await expect(page.getByRole('status')).toContainText('1 of 8 rows shown');
  const verdicts = page.locator('details.claims-in-place');
  await verdicts.locator('summary').click();
  await expect(verdicts.locator('li[data-verdict="disagrees"]').first()).toContainText('~60 MB');
  await verdicts.getByRole('link', { name: /All base images/ }).click();
  await expect(page).toHaveURL(/\/compare\/$/);
});

test('on a phone the comparison stacks: no sideways scrolling of the page', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/compare/');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const cell = page.locator('table.compare-table tbody td').first();
  expect(await cell.evaluate((el) => getComputedStyle(el).display)).toBe('block');
});

test('on a phone a write-up\'s stacked comparison table names each cell\'s column',
  async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/writeups/docker-implementation-details/');
    const cell = page.locator('table.compare-table tbody td').nth(1);
    const label = await cell.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(label).toMatch(/^"\S.*: "$/);
  });

test('the images chosen can be shown as the columns', async ({ page }) => {
  await page.goto('/compare/');
  const images = page.getByRole('group', { name: 'Images compared' });
  for (const box of await images.getByRole('checkbox').all()) await box.uncheck();
  await images.getByLabel('python:3.13-slim').check();
  await images.getByLabel('python:3.13-alpine').check();
  await page.getByLabel('Images as columns').check();
  const table = page.locator('table.compare-table-transposed');
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['Image', 'python:3.13-slim',
    'python:3.13-alpine']);
  await expect(table.getByRole('rowheader', { name: 'libc' })).toBeVisible();
  await expect(page.locator('table.compare-table')).toBeHidden();
});
