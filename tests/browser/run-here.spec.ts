/**
 * "Run it here" on an example page: Build keeps the dependency install `CACHED` after an edit to
 * app.py only and runs it again after an edit to requirements.txt; Run starts the app under
 * Pyodide and `curl localhost:8080/health` answers its JSON; nothing of the runtime is fetched
 * before Run is pressed, and no request leaves the site's origin. Skipped (with the page's own
 * reason) when the site was built without the Python packages; under CI that fails instead.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { skipUnlessCi } from '../require-or-skip.ts';

const PAGE = '/examples/03-multi-stage-slim/';

function installStep(log: Locator): Locator {
  return log.locator('span', { hasText: /RUN pip install/ });
}

async function edit(page: Page, name: string, change: (text: string) => string): Promise<void> {
  const box = page.getByRole('textbox', { name });
  await box.fill(change(await box.inputValue()));
}

test('build caches by input, run answers curl, and nothing leaves the origin', async ({ page }) => {
  test.setTimeout(120_000);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(PAGE);
  const origin = new URL(page.url()).origin;
  const widget = page.locator('section[data-run-here]');
  const run = widget.getByRole('button', { name: /^Run/ });
  if (await run.isDisabled()) {
    const reason = await widget.locator('.run-here-unavailable').innerText();
    test.skip(skipUnlessCi(reason), reason);
  }

  const build = widget.getByRole('button', { name: 'Build', exact: true });
  const log = widget.getByLabel('Build log');
  await build.click();
  await expect(installStep(log)).not.toContainText('CACHED');

  await edit(page, 'Edit app.py', (text) => `${text}\n# edited in the page\n`);
  await build.click();
  await expect(installStep(log)).toContainText('CACHED');
  await expect(log.locator('span', { hasText: 'COPY --chown' })).not.toContainText('CACHED');

  await edit(page, 'Edit requirements.txt', (text) => `${text}# a new comment\n`);
  await build.click();
  await expect(installStep(log)).not.toContainText('CACHED');
  await expect(widget.getByRole('status').first()).toContainText('CACHED');

  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => url.includes('/pyodide/')), 'fetched before Run').toEqual([]);

  await run.click();
  await expect(widget.locator('[data-health]')).toContainText('HEALTHCHECK: healthy',
    { timeout: 90_000 });
  const command = widget.getByRole('textbox', { name: 'Command' });
  await command.fill('curl localhost:8080/health');
  await command.press('Enter');
  const terminal = widget.getByRole('log', { name: 'Terminal output' });
  await expect(terminal).toContainText('"status"');
  await expect(terminal).toContainText('healthy');

  await command.fill('curl -i localhost:8080/nope');
  await command.press('Enter');
  await expect(terminal).toContainText('HTTP/1.1 404 NOT FOUND');
  await command.fill('ls');
  await command.press('Enter');
  await expect(terminal).toContainText('ls: not available in this simulation');

  expect(requests.some((url) => url.includes('/pyodide/pyodide.asm.wasm'))).toBe(true);
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:')
    && !url.startsWith('blob:')), 'requests to other origins').toEqual([]);
});

test('the widget has no axe violations, after a build too', async ({ page }) => {
  await page.goto(PAGE);
  const widget = page.locator('section[data-run-here]');
  await widget.getByRole('button', { name: 'Build', exact: true }).click();
  await widget.locator('summary').click();
  const results = await new AxeBuilder({ page }).include('section[data-run-here]').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`))
    .toEqual([]);
});

test('the terminal is usable from the keyboard alone', async ({ page }) => {
  await page.goto(PAGE);
  const widget = page.locator('section[data-run-here]');
  const command = widget.getByRole('textbox', { name: 'Command' });
  await command.focus();
  await page.keyboard.type('curl localhost:8080/health');
  await page.keyboard.press('Enter');
  // Before Run there is no container: curl's own error, and how to start one.
  const output = widget.getByRole('log', { name: 'Terminal output' });
  await expect(output).toContainText('Connection refused');
  await expect(output).toContainText('press Run');
  await page.keyboard.press('ArrowUp');
  await expect(command).toHaveValue('curl localhost:8080/health');
});

test('the widget\'s script is not in the critical path, and a first click is not lost',
  async ({ page }) => {
    // The browser never idle: only the reader's reach for the widget fetches its script
    // (client/run-here-loader.ts).
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(PAGE, { waitUntil: 'load' });
    const widget = page.locator('section[data-run-here]');
    const build = widget.getByRole('button', { name: 'Build', exact: true });
    // Drawn from the first paint, with no "needs JavaScript" note.
    await expect(build).toBeVisible();
    await expect(widget.getByText('This part of the page needs JavaScript.')).toBeHidden();
    await page.waitForLoadState('networkidle');
    const widgetScript = (url: string) => /\/run-here\.[\w-]+\.js$/.test(url);
    expect(scripts.filter(widgetScript), 'fetched with the page').toEqual([]);
    // A click straight from the keyboard (no pointer over the widget first) still builds.
    await build.focus();
    await page.keyboard.press('Enter');
    await expect(widget.getByLabel('Build log')).toContainText('RUN pip install');
    expect(scripts.filter(widgetScript)).toHaveLength(1);
  });

test('left alone, the widget\'s script arrives once the page has loaded and is idle',
  async ({ page }) => {
    await page.goto(PAGE, { waitUntil: 'load' });
    await expect(page.locator('section[data-run-here]')).toHaveAttribute('data-run-here-ready',
      '');
  });
