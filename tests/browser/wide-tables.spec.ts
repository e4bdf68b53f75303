/**
 * Browser tests for wide tables (src/style/wide-tables.css) at a phone's, a laptop's and a
 * desktop's width: every column of every table is where a reader can see it — inside the
 * window, or in a scroll box that is itself in the window and short enough that its scrollbar
 * shows on the same screen as the table's top (not 5000 px below) — and a table stacked into
 * cards names the column of every cell. Also: the guide's controls are drawn in the theme.
 */
import { expect, test, type Page } from '@playwright/test';

const PAGES = [
  '/compare/',
  '/practices/',
  '/writeups/containerizing-the-vote-service/',
  '/writeups/dockerization-of-flask-application/',
  '/writeups/docker-implementation-details/',
  '/writeups/lab-02-docker-containerization/',
  '/examples/03-multi-stage-slim/',
];
const WIDTHS = [390, 1024, 1440];

/** What a reader cannot reach in each visible table of the page, as sentences. */
async function unreachable(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const height = window.innerHeight;
    if (document.documentElement.scrollWidth > width) {
      problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px ` +
        `in a ${width} px window)`);
    }
    const scroller = (from: Element): Element | undefined => {
      for (let box: Element | null = from; box && box !== document.body; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (/auto|scroll/.test(style.overflowX) && box.scrollWidth > box.clientWidth + 1) {
          return box;
        }
      }
      return undefined;
    };
    document.querySelectorAll<HTMLTableElement>('main table').forEach((table, n) => {
      const rect = table.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return;
      const name = `table ${n + 1} (${table.caption?.textContent?.trim().slice(0, 40) ??
        table.querySelector('th')?.textContent?.trim() ?? ''})`;
      const rows = [...table.querySelectorAll('tr')];
      const stacked = rows.some((row) => getComputedStyle(row).display !== 'table-row');
      if (stacked) {
        // A card: every value names its column, and nothing sticks out of the window.
        for (const cell of table.querySelectorAll('tbody td')) {
          const box = cell.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue;
          const label = getComputedStyle(cell, '::before').content;
          if (!/^".+: "$/.test(label)) {
            problems.push(`${name}: a stacked cell has no label: "${cell.textContent?.trim()}"`);
          }
          if (box.right > width + 1 || box.left < -1) {
            problems.push(`${name}: a stacked cell sticks out of the window`);
          }
        }
        return;
      }
      const header = table.querySelector('thead tr') ?? rows[0];
      const box = scroller(table);
      const boxRect = box?.getBoundingClientRect();
      const seen = Math.min(width, boxRect?.right ?? width);
      for (const cell of header?.children ?? []) {
        const column = cell.getBoundingClientRect();
        const title = cell.textContent?.trim() ?? '';
        if (column.right <= seen + 1) continue;
        if (!box || !boxRect) {
          problems.push(`${name}: column "${title}" is cut off (ends at ${Math.round(
            column.right)} px of ${width}) and nothing scrolls to it`);
          continue;
        }
        if (boxRect.left < -1 || boxRect.right > width + 1) {
          problems.push(`${name}: the box that scrolls to "${title}" is itself out of the window`);
        }
        if (column.right - boxRect.right > box.scrollWidth - box.clientWidth - box.scrollLeft + 1) {
          problems.push(`${name}: column "${title}" is beyond the reach of its scroll box`);
        }
        if (boxRect.height > height) {
          problems.push(`${name}: column "${title}" scrolls into view only with a scrollbar ` +
            `${Math.round(boxRect.height)} px below the table's top (window ${height} px)`);
        }
      }
    });
    return problems;
  });
}

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
