/**
 * Browser tests for the comparison page: the diagram and the chart follow the theme toggle, the
 * table is a real table, and printing keeps the light rendering.
 */
import { expect, test, type Page } from '@playwright/test';

async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption(theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

test('the theme toggle switches the diagram and the chart colours', async ({ page }) => {
  await page.goto('/compare/');
  const light = page.locator('.mermaid-diagram svg.mermaid-light');
  const dark = page.locator('.mermaid-diagram svg.mermaid-dark');
  const labelColour = () => page.locator('.size-chart .chart-label').first()
    .evaluate((el) => getComputedStyle(el).fill);
  await setTheme(page, 'light');
  await expect(light).toBeVisible();
  await expect(dark).toBeHidden();
  const lightLabel = await labelColour();
  await setTheme(page, 'dark');
  await expect(dark).toBeVisible();
  await expect(light).toBeHidden();
  expect(await labelColour()).not.toBe(lightLabel);
  await page.emulateMedia({ media: 'print' });
  await expect(light).toBeVisible();
});

test('the comparison is a real table with a caption and header cells', async ({ page }) => {
  await page.goto('/compare/');
  const table = page.getByRole('table', { name: /Base images/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'python:3.13-slim' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'libc' })).toBeVisible();
});
