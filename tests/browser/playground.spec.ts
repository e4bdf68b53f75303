/**
 * The playground (`/playground/`) in a real browser: a Dockerfile typed into the editor is
 * checked by the worker (DL3007 on line 1 for `FROM python:latest`, a squiggle and a list
 * item), a quick fix rewrites the text as `--fix` does, a copied link reopens the same text in a
 * new page, "Open in playground" under a guide's Dockerfile block opens that block, the
 * simulated build prints BuildKit's log with CACHED steps on a rebuild, the page
 * asks no other origin for anything and reports no CSP violation, axe finds nothing in either
 * theme, and without JavaScript the page says what it needs and gives the CLI command.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const PAGE = '/playground/';

/** Requests to any other origin, and CSP violations, from the page and its workers. */
function watch(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.context().on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) problems.push(`request ${url}`);
  });
  const note = (text: string) => {
    if (/Content Security Policy/i.test(text)) problems.push(text);
  };
  page.on('console', (message) => note(message.text()));
  page.on('worker', (worker) => worker.on('console', (message) => note(message.text())));
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

async function openPlayground(page: Page, url = PAGE) {
  await page.goto(url);
  const editor = page.getByRole('textbox', { name: 'Dockerfile' });
  await expect(editor).toBeVisible();
  await expect(page.locator('[data-playground][data-ready]')).toBeAttached();
  return editor;
}

async function typeDockerfile(page: Page, text: string) {
  const editor = page.getByRole('textbox', { name: 'Dockerfile' });
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

const findings = (page: Page) => page.getByRole('region', { name: 'Findings' })
  .locator('li.playground-finding');

test('the starter is checked with the page; the engine loads when the reader reaches for it',
  async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
    await page.goto(PAGE);
    await expect(page.locator('[data-playground][data-ready]')).toBeAttached();
    await expect(findings(page).filter({ hasText: 'DL3007' })).toHaveCount(1);
    await expect(page.locator('.cm-lintRange-warning').first()).toBeVisible();
    expect(scripts.filter((path) => path.includes('check-worker'))).toEqual([]);
    await page.getByRole('textbox', { name: 'Dockerfile' }).focus();
    await expect.poll(() => scripts.filter((path) => path.includes('check-worker')).length)
      .toBe(1);
  });

test('typing FROM python:latest shows DL3007 on line 1 within a second', async ({ page,
  baseURL }) => {
  const problems = watch(page, baseURL ?? '');
  await openPlayground(page);
  await typeDockerfile(page, 'FROM python:latest\n');
  // The starter has DL3007 on line 7: this is the typed text's, on line 1, within a second.
  const dl3007 = findings(page).filter({ hasText: 'DL3007' })
    .filter({ has: page.getByRole('button', { name: /^Line 1:/ }) });
  await expect(dl3007).toHaveCount(1, { timeout: 1000 });
  expect(await findings(page).filter({ hasText: 'DL3007' }).count()).toBe(1);
  await expect(dl3007.getByRole('link', { name: 'DL3007' })).toHaveAttribute('href',
    '/rules/dl3007/');
  // The squiggle on line 1, and its hover text with the rule's title and page.
  const mark = page.locator('.cm-line').first().locator('.cm-lintRange-warning');
  await expect(mark).toHaveCount(1);
  await page.mouse.move(0, 0);
  await mark.hover();
  const tip = page.locator('.cm-tooltip-lint');
  await expect(tip).toContainText('DL3007 (warning)');
  await expect(tip.getByRole('link', { name: 'About DL3007' })).toHaveAttribute('href',
    '/rules/dl3007/');
  expect(problems).toEqual([]);
});

test('a quick fix rewrites the line as --fix does, from the list and from the editor',
  async ({ page }) => {
    await openPlayground(page);
    await typeDockerfile(page, 'FROM python:3.13-slim\nRUN pip install flask\nCMD flask run\n');
    const dl3042 = findings(page).filter({ hasText: 'DL3042' });
    await expect(dl3042).toHaveCount(1);
    await dl3042.getByRole('button', { name: /^Fix DL3042 on line 2/ }).click();
    await expect(page.locator('.cm-content')).toContainText(
      'RUN pip install --no-cache-dir flask');
    await expect(findings(page).filter({ hasText: 'DL3042' })).toHaveCount(0);
    // The editor's own quick fix: the lint tooltip's "Fix" action on the CMD line.
    const cmd = page.locator('.cm-line').nth(2).locator('[class*="cm-lintRange"]').first();
    // From elsewhere: CodeMirror opens hover text on a pointer move, and the click that gave
    // the editor focus may have left the pointer on this very line.
    await page.mouse.move(0, 0);
    await cmd.hover();
    await page.locator('.cm-tooltip-lint').getByRole('button', { name: /Fix/ }).first().click();
    await expect(page.locator('.cm-content')).toContainText('CMD ["flask", "run"]');
  });

test('a copied link reopens the Dockerfile in a new page; download saves it', async ({ page,
  context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  await openPlayground(page);
  const text = 'FROM python:3.13-slim\nLABEL note="Zoë ☕ 日本"\nCMD ["python"]\n';
  await typeDockerfile(page, text);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/playground\/#dockerfile=[A-Za-z0-9_-]+$/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Dockerfile' }).click();
  expect((await download).suggestedFilename()).toBe('Dockerfile');
  const other = await context.newPage();
  await openPlayground(other, link);
  await expect(other.locator('.cm-content')).toContainText('Zoë ☕ 日本');
  // The editor's lines, joined: the text typed, byte for byte (its last line is empty).
  expect(await other.evaluate(() => [...document.querySelectorAll('.cm-line')]
    .map((line) => line.textContent).join('\n'))).toBe(text);
});

test('"Open in playground" under a guide block opens that block', async ({ page }) => {
  await page.goto('/examples/03-multi-stage-slim/');
  const link = page.getByRole('link', { name: 'Open in playground' }).first();
  // The link sits under the whole file in the walkthrough's pinned code panel, which scrolls
  // itself (smoothly) to the step in view: a pointer click could land while the panel moves
  // the link away (1 run in 6 under load). Keyboard activation is what a reader's focus does.
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/playground\/#dockerfile=/);
  await expect(page.locator('[data-playground][data-ready]')).toBeAttached();
  await expect(page.locator('.cm-content')).toContainText('AS builder');
  // A multi-stage example: the graph draws its stages and what one copies from another.
  await expect(page.locator('.playground-graph-list')).toContainText('copies');
});

test('the simulated build prints BuildKit\'s steps, then CACHED on a second Build', async ({
  page }) => {
  await openPlayground(page);
  const build = page.getByRole('region', { name: /Build it/ });
  await build.getByRole('button', { name: 'Build' }).click();
  const log = build.getByRole('log', { name: 'Simulated build log' });
  await expect(log).toContainText('[+] Building');
  await expect(log).toContainText('[build 1/4] FROM docker.io/library/python:3.13-slim');
  await expect(log).toContainText('COPY requirements.txt .');
  await expect(build.getByRole('status')).toContainText('(simulated)');
  await expect(log.locator('.run-here-cached')).toHaveCount(0);
  await build.getByRole('button', { name: 'Build' }).click();
  await expect(log.locator('.run-here-cached').first()).toBeVisible();
  // A changed line: that step and every later one in its stage run again.
  await typeDockerfile(page, 'FROM python:3.13-slim\nCOPY missing.txt .\nCMD ["python"]\n');
  await build.getByRole('button', { name: 'Build' }).click();
  await expect(log.locator('.run-here-error').first()).toContainText('missing.txt');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the playground (${theme})`, async ({ page }) => {
    test.slow();
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await openPlayground(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(findings(page).first()).toBeVisible();
    // With a build log printed, and the hover text open on a marked line.
    await page.getByRole('button', { name: 'Build', exact: true }).click();
    await expect(page.locator('.run-here-cached, .run-here-run').first()).toBeVisible();
    await page.locator('.cm-lintRange').first().hover();
    await expect(page.locator('.cm-tooltip-lint')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes
      .map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says what it needs and gives the CLI command', async ({ page }) => {
    await page.goto(PAGE);
    const needsJs = page.locator('.playground-needs-js');
    await expect(needsJs.getByText('The playground needs JavaScript')).toBeVisible();
    await expect(needsJs.getByText('npx shipshape lint Dockerfile')).toBeVisible();
    // The paper version of that note prints only.
    await expect(page.locator('.playground-on-paper')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  });
});
