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
    // The write-up numbers it "1.3"; the lesson does not, in its text or its address.
    const heading = page.getByRole('heading', { level: 2, name: 'Layer Caching Optimization' });
    await expect(heading).toHaveAttribute('id', 'layer-caching-optimization');
    const anchor = page.locator('.sl-heading-wrapper', { has: heading })
      .locator('a.sl-anchor-link');
    const copied = new URL(await anchor.evaluate((a) => (a as HTMLAnchorElement).href));
    expect(copied.pathname).toBe('/lessons/layer-caching/');
    expect(copied.hash).toBe('#layer-caching-optimization');
    await page.goto(copied.pathname + copied.hash);
    await expect(heading).toBeInViewport();
  });

test('an address with the old numbered anchor still lands on its section', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/lessons/layer-caching/#1-3-layer-caching-optimization');
  const heading = page.getByRole('heading', { level: 2, name: 'Layer Caching Optimization' });
  await expect(heading).toBeInViewport();
  // Not under the sticky header: the marker sits at the heading's start.
  const box = await heading.boundingBox();
  const header = await page.locator('header').first().boundingBox();
  expect(box?.y ?? 0).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0) - 1);
});

test('a walkthrough pulled into a lesson still follows the reader', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  // Lesson 5 pulls in the multi-stage walkthrough whole (a `walkthrough:` source).
  await page.goto('/lessons/multi-stage-builds/');
  const step = page.locator('.walkthrough li.wt-step').nth(3);
  // A step is chosen by its heading link (clicking elsewhere in it is reading, not choosing).
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
