/**
 * The course as a student meets it: from the landing page to the syllabus, through every lesson
 * in order with Next, back with Previous; a lesson's heading anchors and its pulled-in
 * walkthrough work; the same under a sub-path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseSyllabus, SYLLABUS_FILE } from '../../src/syllabus/read-syllabus.ts';
import type { StaticServer } from '../../src/site/static-server.ts';
import { SUBPATH_BASE, startSubpathServer } from './subpath-server.ts';

const root = join(import.meta.dirname, '../..');
const { syllabus } = parseSyllabus(readFileSync(join(root, SYLLABUS_FILE), 'utf8'), SYLLABUS_FILE);
const titles = syllabus.lessons.map((lesson) => lesson.title);

async function walkTheCourse(page: Page, start: string): Promise<void> {
  await page.goto(start);
  await page.getByRole('link', { name: 'Start the course' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(syllabus.title);
  const listed = page.locator('ol.syllabus-lessons > li h2');
  await expect(listed).toHaveText(titles);
  await listed.first().getByRole('link').click();
  for (const [index, title] of titles.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('.lesson-position-summary'))
      .toContainText(`Lesson ${index + 1} of ${titles.length}`);
    await expect(page.locator('.lesson-map [aria-current="step"]')).toHaveText(title);
    await page.locator('.pagination-links a[rel="next"]').click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(syllabus.title);
}

test('a student goes from the landing page through every lesson in order', async ({ page }) => {
  await walkTheCourse(page, '/');
  await page.goto(`/lessons/${syllabus.lessons[1]?.slug}/`);
  await page.locator('.pagination-links a[rel="prev"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[0] ?? '');
});

test('the sidebar lists the syllabus, then the lessons numbered in order', async ({ page }) => {
  await page.goto('/syllabus/');
  const group = page.locator('#starlight__sidebar details', { hasText: 'Course' }).first();
  await expect(group.getByRole('link')).toHaveText(['Syllabus', ...titles.map(
    (title, i) => `${i + 1}. ${title}`)]);
});

test('a lesson\'s heading anchor gives the lesson\'s address of that section',
  async ({ page }) => {
    await page.goto('/lessons/layer-caching/');
    const heading = page.locator('[id="1-3-layer-caching-optimization"]');
    const anchor = page.locator('.sl-heading-wrapper', { has: heading })
      .locator('a.sl-anchor-link');
    const copied = new URL(await anchor.evaluate((a) => (a as HTMLAnchorElement).href));
    expect(copied.pathname).toBe('/lessons/layer-caching/');
    expect(copied.hash).toBe('#1-3-layer-caching-optimization');
    await page.goto(copied.pathname + copied.hash);
    await expect(page.locator('[id="1-3-layer-caching-optimization"]')).toBeInViewport();
  });

test('a walkthrough pulled into a lesson still follows the reader', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/lessons/health-and-signals/');
  const step = page.locator('.walkthrough li.wt-step').nth(3);
  // Its title, as the caption says ("select a step"): a click elsewhere in the step only
  // scrolls it into view, and whether that passes the reading line depends on the layout.
  await step.locator('a.wt-step-link').click();
  await expect(step).toHaveAttribute('aria-current', 'step');
});

test.describe('under a sub-path', () => {
  let server: StaticServer;
  test.beforeAll(async () => {
    // Building dist-subpath/ when it is missing takes a while.
    test.setTimeout(300_000);
    server = await startSubpathServer();
  });
  test.afterAll(() => server.close());

  test('the course works the same at /courses/docker/', async ({ page }) => {
    await walkTheCourse(page, server.url);
    expect(new URL(page.url()).pathname).toBe(`${SUBPATH_BASE}syllabus/`);
  });
});
