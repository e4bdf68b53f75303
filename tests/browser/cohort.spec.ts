/**
 * The cohort page (issue 14) in a browser, on the 50 generated write-ups that
 * tests/site/cohort.test.ts built into `dist-cohort/`: no axe violation in either theme, at a
 * phone's and a desktop's width; every column of every table within reach at 390, 1024 and
 * 1440 px; an occurrence list opens from the keyboard and leads to the write-up's findings.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { skipUnlessCi } from '../require-or-skip.ts';
import { COHORT_SITE, PLAN } from './cohort-server.ts';
import { unreachable } from './table-reach.ts';

const origin = `http://127.0.0.1:${COHORT_SITE.port}`;
const missing = existsSync(join(COHORT_SITE.dist, PLAN)) ? undefined
  : `${COHORT_SITE.dist} is built by \`npx vitest run --config vitest.site.config.ts ` +
    'tests/site/cohort.test.ts`';

test.beforeEach(() => {
  test.skip(skipUnlessCi(missing), missing ?? '');
});

for (const theme of ['light', 'dark'] as const) {
  for (const width of [390, 1440]) {
    test(`axe finds no violations on the cohort page (${theme}, ${width} px)`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width, height: width < 500 ? 844 : 900 });
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(`${origin}/cohort/`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // The occurrence lists open too, so their links are checked.
      for (const details of await page.locator('.cohort-common details').all()) {
        await details.evaluate((el) => el.setAttribute('open', ''));
      }
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} ` +
        `(${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    });
  }
}

for (const width of [390, 1024, 1440]) {
  test(`every column of the cohort page can be read at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: width < 500 ? 844 : 900 });
    await page.goto(`${origin}/cohort/`);
    await page.evaluate(() => document.fonts.ready);
    expect(await unreachable(page)).toEqual([]);
    // Every write-up's figures and practices are on the page and inside the window.
    const row = page.locator('.cohort-table tbody tr').first();
    for (const cell of await row.locator('td').all()) {
      await cell.scrollIntoViewIfNeeded();
      await expect(cell).toBeVisible();
      // Inside the window, give or take a pixel of rounding.
      const box = (await cell.boundingBox())!;
      expect(box.x, await cell.innerText()).toBeGreaterThanOrEqual(-1);
      expect(box.x + box.width, await cell.innerText()).toBeLessThanOrEqual(width + 1);
    }
  });
}

test('an occurrence list opens from the keyboard and leads to the finding', async ({ page }) => {
  await page.goto(`${origin}/cohort/`);
  const first = page.locator('.cohort-common > li').first();
  const summary = first.locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  const link = first.locator('details li a').first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/writeups\/[^#]+\/#/);
  await link.click();
  const anchor = decodeURIComponent(href!.split('#')[1]!);
  await expect(page.locator(`[id="${anchor}"]`)).toBeAttached();
});
