/**
 * An example page as a reader uses it: files in tabs (mouse and keyboard), a file's copy button,
 * and the "Download .zip" link — the download unzips to exactly the example's folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readExample } from '../../src/examples/read-examples.ts';

const slug = '03-multi-stage-slim';
const example = readExample(slug, join(import.meta.dirname, '../..'));
const text = (path: string): string =>
  new TextDecoder().decode(example.files.find((f) => f.path === path)?.data);

test('files are tabs: one panel at a time, by click and by arrow keys', async ({ page }) => {
  await page.goto(`/examples/${slug}/`);
  const tabs = page.getByRole('tablist', { name: 'Files' }).getByRole('tab');
  await expect(tabs).toHaveText(example.files.map((f) => f.path));
  const app = page.getByRole('tab', { name: 'app.py', exact: true });
  await app.click();
  await expect(app).toHaveAttribute('aria-selected', 'true');
  const panel = page.getByRole('tabpanel');
  await expect(panel).toHaveCount(1);
  await expect(panel).toContainText('def health');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'requirements.txt' })).toBeFocused();
  await expect(page.getByRole('tabpanel')).toContainText('Flask==3.1.3');
});

test('the tabs are there before their script runs: nothing moves when it does', async ({
  browser,
}) => {
  const layout = async (withScript: boolean) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    if (!withScript) {
      // The page as painted before its deferred scripts: the file-tabs script taken out.
      await page.route(`**/examples/${slug}/`, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(
          /<script type="module" data-needs="div\.file-tabs">[\s\S]*?<\/script>/, '');
        await route.fulfill({ response, body: html });
      });
    }
    await page.goto(`/examples/${slug}/`);
    const boxes = await page.locator('.file-tabs').first().evaluate((tabs) =>
      [...tabs.querySelectorAll(':scope > *, [role="tab"]')].map((el) => {
        const box = el.getBoundingClientRect();
        return [el.className, Math.round(box.top), Math.round(box.height)];
      }));
    const ready = await page.locator('.file-tabs-ready').count();
    await context.close();
    return { boxes, ready };
  };
  const before = await layout(false);
  const after = await layout(true);
  expect(before.ready, 'the script did not run').toBe(0);
  expect(after.ready).toBeGreaterThan(0);
  expect(after.boxes).toEqual(before.boxes);
});

test('a file\'s copy button copies the whole file', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/examples/${slug}/`);
  await page.getByRole('tab', { name: 'Dockerfile' }).click();
  await page.getByRole('tabpanel').getByRole('button', { name: /copy/i }).first().click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.trimEnd()).toBe(text('Dockerfile').trimEnd());
});

test('"Download .zip" gives the example\'s folder, file for file', async ({ page }) => {
  await page.goto(`/examples/${slug}/`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the folder as a .zip' }).click(),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-zip-'));
  try {
    const zip = join(dir, 'example.zip');
    await download.saveAs(zip);
    execFileSync('unzip', ['-q', zip, '-d', dir]);
    for (const file of example.files) {
      expect(readFileSync(join(dir, slug, file.path)).equals(Buffer.from(file.data)), file.path)
        .toBe(true);
    }
    const listed = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' })
      .split('\n').filter((line) => line !== '' && !line.endsWith('/'));
    expect(listed.sort()).toEqual(example.files.map((f) => `${slug}/${f.path}`).sort());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
