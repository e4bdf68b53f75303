/**
 * Browser tests for walkthroughs: scrolling and clicking highlight the right lines, keyboard use,
 * deep links, the stacked form without JavaScript, print, and no script on other pages.
 */
import { expect, test, type Page } from '@playwright/test';

const inferred = '/writeups/containerizing-the-vote-service/';
const authored = '/walkthroughs/multi-stage-python/';

/** 1-based numbers of the highlighted lines of the pinned Dockerfile. */
async function highlighted(page: Page): Promise<number[]> {
  return page.locator('.wt-code .ec-line').evaluateAll((lines) =>
    lines.flatMap((line, index) => (line.classList.contains('wt-active') ? [index + 1] : [])));
}

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('clicking a step highlights its lines and marks it current', async ({ page }) => {
    await page.goto(inferred);
    const step = page.locator('#step-non-root-user-meet-appuser');
    await step.locator('a.wt-step-link').click();
    await expect(step).toHaveAttribute('aria-current', 'step');
    await expect.poll(() => highlighted(page)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14]);
    await expect(page.locator('.wt-step[aria-current]')).toHaveCount(1);
    await expect(page.locator('.wt-code .ec-line.wt-active').first()).toBeInViewport();
    expect(new URL(page.url()).hash).toBe('#step-non-root-user-meet-appuser');
  });

  test('scrolling the steps activates the step in view', async ({ page }) => {
    await page.goto(authored);
    const step = page.locator('#step-copy');
    await step.scrollIntoViewIfNeeded();
    await page.evaluate(() => {
      const target = document.querySelector('#step-copy');
      if (target) window.scrollBy(0, target.getBoundingClientRect().top - innerHeight * 0.35);
    });
    await expect(step).toHaveAttribute('aria-current', 'step');
    await expect.poll(() => highlighted(page)).toEqual([16, 17, 18]);
  });

  test('scrolling to the end of the page activates the last step', async ({ page }) => {
    await page.goto(authored);
    const last = page.locator('.wt-step').last();
    await page.mouse.move(700, 450);
    await page.mouse.wheel(0, 100_000);
    await expect(last).toHaveAttribute('aria-current', 'step');
    await expect(page.locator('.wt-step[aria-current]')).toHaveCount(1);
  });

  test('a clicked step stays current until the reader scrolls again', async ({ page }) => {
    await page.goto(authored);
    const step = page.locator('#step-runtime');
    await step.locator('a.wt-step-link').click();
    await expect(step).toHaveAttribute('aria-current', 'step');
    // The jump to the step's anchor is the browser's scroll, not the reader's.
    await page.evaluate(() => window.scrollBy(0, 1));
    await page.waitForTimeout(1500);
    await expect(step).toHaveAttribute('aria-current', 'step');
    await page.mouse.move(700, 450);
    await page.mouse.wheel(0, 100_000);
    await expect(page.locator('.wt-step').last()).toHaveAttribute('aria-current', 'step');
    await expect(step).not.toHaveAttribute('aria-current', 'step');
  });

  test('keyboard: every step is reachable and activatable, with visible focus', async ({
    page,
  }) => {
    await page.goto(authored);
    const links = page.locator('a.wt-step-link');
    const count = await links.count();
    expect(count).toBe(7);
    await links.nth(0).focus();
    for (let i = 1; i < count; i++) {
      await page.keyboard.press('Tab');
      // Tab may pass other links inside a step's prose; go on until the next step link.
      for (let guard = 0; guard < 10 && !(await links.nth(i).evaluate((el) =>
        el === document.activeElement)); guard++) await page.keyboard.press('Tab');
      await expect(links.nth(i)).toBeFocused();
    }
    const outline = await links.nth(count - 1).evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.locator('#step-start')).toHaveAttribute('aria-current', 'step');
    await expect.poll(() => highlighted(page)).toEqual([22]);
  });

  test('a link to a step activates it', async ({ page }) => {
    await page.goto(`${authored}#step-builder`);
    await expect(page.locator('#step-builder')).toHaveAttribute('aria-current', 'step');
    await expect.poll(() => highlighted(page)).toEqual([4, 5, 6, 7, 8, 9]);
    await expect(page.locator('#step-builder')).toBeInViewport();
  });

  test('activating a step moves nothing on the page (no layout shift)', async ({ page }) => {
    await page.goto(authored);
    const boxes = () => page.locator('.wt-step').evaluateAll((steps) =>
      steps.map((s) => s.getBoundingClientRect().height));
    const before = await boxes();
    await page.locator('#step-runtime a.wt-step-link').click();
    await expect(page.locator('#step-runtime')).toHaveAttribute('aria-current', 'step');
    expect(await boxes()).toEqual(before);
  });

  test('the lint findings show on the lines of the pinned Dockerfile', async ({ page }) => {
    await page.goto(inferred);
    const panel = page.locator('.wt-code details.dockerfile-findings');
    await expect(panel.locator('summary')).toContainText(/info|warning|No findings/);
  });
});

test('on a narrow screen each step shows its own lines', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(authored);
  const excerpt = page.locator('#step-builder [data-wt-excerpt]');
  await expect(excerpt).toBeVisible();
  await expect(excerpt).toContainText('RUN pip install --no-cache-dir -r requirements.txt');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });

  test('every step is shown with its lines', async ({ page }) => {
    await page.goto(inferred);
    const steps = page.locator('.wt-step');
    expect(await steps.count()).toBe(8);
    for (const step of await steps.all()) {
      await expect(step.getByRole('heading')).toBeVisible();
      await expect(step.locator('[data-wt-excerpt]')).toBeVisible();
    }
  });
});

test('print shows the whole file with callouts and every step as a numbered note', async ({
  page,
}) => {
  await page.goto(authored);
  await page.emulateMedia({ media: 'print' });
  const listing = page.locator('.wt-print-listing');
  await expect(listing).toBeVisible();
  await expect(listing.locator('li')).toHaveCount(22);
  await expect(listing.locator('.wt-callout')).toHaveCount(7);
  await expect(page.locator('.wt-code')).toBeHidden();
  for (const step of await page.locator('.wt-step').all()) await expect(step).toBeVisible();
  const overflow = await listing.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The listing comes first, the steps below it as its notes.
  const listingTop = (await listing.boundingBox())?.y ?? 0;
  const firstStepTop = (await page.locator('.wt-step').first().boundingBox())?.y ?? 0;
  expect(listingTop).toBeLessThan(firstStepTop);
  // Lint findings under the file print open.
  await page.goto('/writeups/containerizing-the-vote-service/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#dockerfile-1 .findings-list')).toBeVisible();
});

test('pages without a walkthrough load no walkthrough script', async ({ page }) => {
  const walkthroughScripts = () => page.evaluate(() => [...document.scripts]
    .filter((script) => script.textContent?.includes('data-walkthrough')).length);
  await page.goto('/writeups/lab-02-docker-containerization/');
  expect(await walkthroughScripts()).toBe(0);
  await page.goto(authored);
  expect(await walkthroughScripts()).toBe(1);
});

test('the before → after table links each change to its step', async ({ page }) => {
  await page.goto(inferred);
  const table = page.locator('.wt-diff table');
  const row = table.locator('tr[data-diff="changed"]').filter({ hasText: '--no-cache-dir' });
  await row.getByRole('link').click();
  await expect(page).toHaveURL(/#step-installing-dependencies-with-cache-in-mind$/);
  await expect(page.locator('#step-installing-dependencies-with-cache-in-mind'))
    .toHaveAttribute('aria-current', 'step');
});
