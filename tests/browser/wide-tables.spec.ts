/**
 * Browser tests for wide tables (src/style/wide-tables.css) at a phone's, a laptop's and a
 * desktop's width: every column of every table is where a reader can see it — inside the
 * window, or in a scroll box that is itself in the window and short enough that its scrollbar
 * shows on the same screen as the table's top (not 5000 px below) — and a table stacked into
 * cards names the column of every cell. Also: the guide's controls are drawn in the theme.
 */
import { expect, test } from '@playwright/test';
import { unreachable } from './table-reach.ts';

const PAGES = [
  '/compare/',
  '/practices/',
  '/cohort/',
  '/writeups/containerizing-the-vote-service/',
  '/writeups/dockerization-of-flask-application/',
  '/writeups/docker-implementation-details/',
  '/writeups/lab-02-docker-containerization/',
  '/examples/03-multi-stage-slim/',
];
const WIDTHS = [390, 1024, 1440];

for (const width of WIDTHS) {
  test(`every table column can be read at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: width < 500 ? 844 : 900 });
    for (const url of PAGES) {
      await page.goto(url);
      await page.evaluate(() => document.fonts.ready);
      expect.soft(await unreachable(page), `${url} at ${width} px`).toEqual([]);
    }
  });
}

test('at 1440 px the claims and the practices are tables with every column in the window',
  async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const [url, table, last] of [
      ['/compare/', '.claims-table', 'Verdict'],
      ['/compare/', '.base-image-table', 'Default user'],
      ['/practices/', '.practices-matrix', 'Exec-form CMD'],
      ['/writeups/containerizing-the-vote-service/', '.wt-diff table', 'Explained in'],
    ] as const) {
      await page.goto(url);
      const header = page.locator(table).getByRole('columnheader', { name: last });
      await expect(header, `${url} ${last}`).toBeVisible();
      const box = await header.boundingBox();
      expect(box && box.x + box.width, `${url} ${last}`).toBeLessThanOrEqual(1440);
    }
    await page.goto('/writeups/containerizing-the-vote-service/');
    for (const link of await page.locator('.wt-diff td[data-label="Explained in"] a').all()) {
      const box = await link.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(1440);
    }
  });

test('on a phone a claim is a card whose verdict shows without scrolling sideways',
  async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/compare/');
    const verdict = page.locator('.claims-table tr[data-verdict="disagrees"] ' +
      'td[data-label="Verdict"]').first();
    await verdict.scrollIntoViewIfNeeded();
    await expect(verdict).toBeInViewport({ ratio: 1 });
  });

// Tables with a row per write-up, stacked as cards: a card far out of sight is not laid out
// (content-visibility), yet it is in the page, drawn as it comes near, and paper draws it.
for (const [url, rows] of [['/practices/', '.practices-matrix > tbody > tr'],
  ['/compare/claims/', '.claims-table > tbody > tr']] as const) {
  test(`${url} on a phone lays out a card only when it comes near`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url);
    const last = page.locator(rows).last();
    // What is inside a card skipped by content-visibility is not drawn; the card itself is.
    const drawn = () => last.evaluate((row) =>
      row.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }));
    expect(await drawn(), 'the last card, far below the window, is skipped').toBe(false);
    // Still there for find in page and screen readers: its text is in the page.
    expect((await last.textContent())?.trim()).not.toBe('');
    await last.scrollIntoViewIfNeeded();
    await expect.poll(drawn).toBe(true);
    await expect(last).toBeInViewport();
    await page.emulateMedia({ media: 'print' });
    expect(await last.evaluate((row) => getComputedStyle(row).contentVisibility)).toBe('visible');
  });
}

test('the ingest report lays out a file\'s notes only near the window, and all on paper',
  async ({ page }) => {
    await page.goto('/authors/report/');
    const file = page.locator('section.report-file').first();
    expect(await file.evaluate((section) => getComputedStyle(section).contentVisibility))
      .toBe('auto');
    await page.emulateMedia({ media: 'print' });
    expect(await file.evaluate((section) => getComputedStyle(section).contentVisibility))
      .toBe('visible');
  });

test('a write-up folds its table options; the base images start with them open',
  async ({ page }) => {
    await page.goto('/writeups/dockerization-of-flask-application/');
    const options = page.locator('details.compare-options');
    await expect(options).not.toHaveAttribute('open');
    await expect(page.getByRole('group', { name: 'Rows shown' })).toBeHidden();
    await options.getByText('Table options').click();
    await expect(page.getByRole('group', { name: 'Rows shown' })).toBeVisible();
    await page.goto('/compare/');
    await expect(page.getByRole('group', { name: 'Images compared' })).toBeVisible();
  });

for (const theme of ['light', 'dark'] as const) {
  test(`Run it here and the table options are drawn in the ${theme} theme, with focus`,
    async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto('/examples/03-multi-stage-slim/');
      const colours = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        const pick = (selector: string) => {
          const style = getComputedStyle(document.querySelector(selector)!);
          return { background: style.backgroundColor, color: style.color,
            radius: style.borderTopLeftRadius };
        };
        // Starlight draws headings in its strongest text colour (--sl-color-white).
        const strong = getComputedStyle(document.querySelector('main h2')!).color;
        return { page: body.backgroundColor, text: strong,
          build: pick('[data-action="build"]'), reset: pick('[data-action="reset"]'),
          editor: pick('.run-here textarea') };
      });
      // Not the browser's grey button and white box: the theme's accent, text and background.
      expect(colours.build.background).not.toBe('rgb(239, 239, 239)');
      expect(colours.build.background).not.toBe(colours.page);
      expect(colours.build.radius).not.toBe('0px');
      expect(colours.reset.color).toBe(colours.text);
      expect(colours.editor.background).toBe(colours.page);
      expect(colours.editor.color).toBe(colours.text);
      const build = page.locator('[data-action="build"]');
      await build.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(build).toBeFocused();
      const outline = await build.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).toBe('solid');
    });
}
