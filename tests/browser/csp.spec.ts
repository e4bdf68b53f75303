/**
 * The site's Content-Security-Policy breaks nothing: every built page carries it in a `<meta>`
 * (and our server sends it as a header), and no page, the search (Pagefind's worker and
 * WebAssembly) or "Run it here" (Pyodide's worker) reports a violation in the console.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/site/content-security-policy.ts';
import { skipUnlessCi } from '../require-or-skip.ts';

const dist = join(import.meta.dirname, '../../dist');
/** Every page of the build, as its URL; redirect pages (Astro's, no Starlight head) left out. */
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('index.html') && !name.startsWith(`pyodide${sep}`))
  .filter((name) => !readFileSync(join(dist, name), 'utf8').includes('http-equiv="refresh"'))
  .map((name) => `/${name.slice(0, -'index.html'.length).split(sep).join('/')}`)
  .sort();

/** CSP violations the page and its workers report, as the console shows them. */
function violations(page: Page): string[] {
  const found: string[] = [];
  const note = (text: string) => {
    if (/Content Security Policy/i.test(text)) found.push(text);
  };
  page.on('console', (message) => note(message.text()));
  page.on('worker', (worker) => worker.on('console', (message) => note(message.text())));
  page.on('pageerror', (error) => note(error.message));
  return found;
}

test('every page carries the policy, and our server sends it too', async ({ request }) => {
  expect(pages.length).toBeGreaterThan(20);
  for (const url of pages) {
    const html = readFileSync(join(dist, ...url.split('/'), 'index.html'), 'utf8');
    expect(html, url).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}"`);
  }
  const response = await request.get('/pyodide/run-here-worker.js');
  expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
});

for (const url of pages) {
  test(`${url} reports no CSP violation`, async ({ page }) => {
    const found = violations(page);
    await page.goto(url, { waitUntil: 'networkidle' });
    expect(found).toEqual([]);
  });
}

test('search and "Run it here" run under the policy', async ({ page }) => {
  test.setTimeout(120_000);
  const found = violations(page);
  await page.goto('/examples/03-multi-stage-slim/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('distroless');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
  await page.keyboard.press('Escape');
  const widget = page.locator('section[data-run-here]');
  const run = widget.getByRole('button', { name: /^Run/ });
  if (await run.isDisabled()) {
    const reason = await widget.locator('.run-here-unavailable').innerText();
    test.skip(skipUnlessCi(reason), reason);
  }
  await run.click();
  await expect(widget.locator('[data-health]')).toContainText('HEALTHCHECK: healthy',
    { timeout: 90_000 });
  expect(found).toEqual([]);
});
