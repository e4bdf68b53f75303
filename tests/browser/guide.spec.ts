/**
 * Browser tests: what a reader sees in a real Chromium on the built guide.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const writeups = readdirSync(join(import.meta.dirname, '../../content/writeups'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => `/writeups/${basename(name, '.md')}/`);

/** Collects console errors, failed requests and requests to any other origin. */
function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (message) => {
    // A failed load is reported below with its URL; the console line would only repeat it.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
      problems.push(`request to another origin: ${request.url()}`);
    }
  });
  return problems;
}

/**
 * Expressive Code makes a code block that scrolls sideways focusable (tabindex, role=region) from
 * a ResizeObserver, 250 ms after layout and once the fonts have settled the widths; axe run
 * before that reads a scrollable block that a keyboard cannot reach yet. Wait for what a reader
 * gets: every block that scrolls is focusable (a block that never becomes so fails here).
 */
async function codeScrollersSettled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  // A block in a closed fold (an exercise's solution) is not rendered, so Expressive Code makes
  // it focusable when the fold opens (measured: tabindex=0 then); axe skips it until then.
  await page.waitForFunction(() => [...document.querySelectorAll('.expressive-code pre')]
    .filter((pre) => pre.checkVisibility())
    .every((pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex')));
}

async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption(theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

for (const url of ['/', ...writeups, '/authors/report/', '/rules/', '/rules/dl3042/',
  '/practices/', '/walkthroughs/multi-stage-python/', '/compare/']) {
  test(`${url} loads without errors or foreign requests`, async ({ page, baseURL }) => {
    const problems = watch(page, new URL(baseURL!).origin);
    await page.goto(url, { waitUntil: 'networkidle' });
    await expect(page.locator('h1').first()).toBeVisible();
    expect(problems).toEqual([]);
  });
}

test('search finds "distroless"', async ({ page }) => {
  await page.goto('/writeups/containerization-details/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill('distroless');
  const results = dialog.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  await expect(results.filter({ hasText: 'Docker Implementation Details' }).first()).toBeVisible();
});

test('a link to an emoji heading scrolls to it', async ({ page }) => {
  await page.goto('/writeups/containerizing-the-vote-service/#why-alpine-over-slim');
  const heading = page.getByRole('heading', { name: '✅ Why Alpine over Slim?' });
  await expect(heading).toHaveAttribute('id', 'why-alpine-over-slim');
  await expect(heading).toBeInViewport();
  // From the contents list (the vote-service write-up has none: it has a walkthrough).
  await page.goto('/writeups/dockerization-of-flask-application/');
  await page.locator('nav[aria-labelledby="starlight__on-this-page"]')
    .getByRole('link', { name: /How to Build the Docker Image/ }).click();
  await expect(page.getByRole('heading', { name: '📦 How to Build the Docker Image' }))
    .toBeInViewport();
  expect(new URL(page.url()).hash).toBe('#how-to-build-the-docker-image');
});

test('emoji in headings are drawn with the self-hosted emoji font', async ({ page }) => {
  await page.goto('/writeups/containerizing-the-vote-service/');
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.family.includes('Noto Color Emoji') &&
      f.status === 'loaded').length);
  expect(loaded).toBeGreaterThan(0);
});

test('a missing image shows a visible, named placeholder', async ({ page }) => {
  await page.goto('/writeups/docker-implementation-details/');
  const placeholder = page.getByRole('img', { name: /Image not available: Image Size Comparison/ });
  await expect(placeholder).toBeVisible();
  await expect(placeholder).toContainText('Image not available');
  const box = await placeholder.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(20);
});

test('the theme toggle switches between light and dark', async ({ page }) => {
  await page.goto('/writeups/lab-02-docker-containerization/');
  await setTheme(page, 'light');
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await setTheme(page, 'dark');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(light).not.toBe(dark);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a write-up is readable on a phone: no sideways scrolling of the page', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const url of [...writeups, '/syllabus/', '/lessons/first-dockerfile/']) {
    await page.goto(url);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});

// At a desktop's width and at a phone's, where more code blocks scroll sideways and so become
// named regions (landmark-unique), and the sidebar folds into a menu.
for (const [theme, width] of [['light', 1280], ['dark', 1280], ['light', 390], ['dark', 390]] as
  const) {
  for (const url of ['/', '/writeups/containerizing-the-vote-service/', '/rules/dl3042/',
    '/practices/', '/walkthroughs/multi-stage-python/', '/compare/', '/syllabus/', '/cohort/',
    '/lessons/base-images/', '/lessons/health-and-signals/', '/lessons/tagging-and-publishing/',
    '/examples/',
    '/examples/03-multi-stage-slim/', '/writeups/dockerization-of-flask-application/']) {
    test(`axe finds no violations on ${url} (${theme}, ${width} px)`, async ({ page }) => {
      // axe on a long page takes ~11 s alone; on a shared 2-core machine it passed 30 s.
      test.slow();
      await page.setViewportSize({ width, height: width < 500 ? 844 : 720 });
      // On a phone the theme menu is folded away in the sidebar: choose the theme as it does.
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await codeScrollersSettled(page);
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary).toEqual([]);
    });
  }
}
