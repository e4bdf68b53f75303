/**
 * Exercises with JavaScript, in a real browser: the goals' states on load are the starting
 * file's; the editor loads only when the reader reaches for the exercise; typing the model
 * solution's key change turns its goal met within a second (and says so to screen readers);
 * hints open one at a time; the solution is marked looked at; a reload keeps all of it; the
 * syllabus counts the exercise done and "Reset progress" (after its confirm step) forgets it;
 * axe finds nothing at 390 and 1440 px in both themes; no request leaves the site's origin.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { describedRules } from '../../src/dockerfile/rules/texts.ts';

const LESSON = '/lessons/layer-caching/';
const EDITOR = 'Dockerfile of the exercise “Stop reinstalling every package on each edit”';
const START = `FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
RUN useradd --create-home appuser
USER appuser
CMD ["python", "app.py"]
`;

/** Requests to any other origin and script errors, from the page and its workers. */
function watch(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.context().on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) problems.push(`request ${url}`);
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

const exercise = (page: Page) => page.locator('section.exercise');
const goal = (page: Page, n: number) => exercise(page).locator('ul.exercise-goals > li').nth(n);

async function openEditor(page: Page) {
  await page.goto(LESSON);
  await expect(exercise(page)).toHaveAttribute('data-ready', '');
  await exercise(page).scrollIntoViewIfNeeded();
  const editor = page.getByRole('textbox', { name: EDITOR });
  await expect(editor).toBeVisible();
  return editor;
}

/** Replaces the editor's text in one edit (no empty text in between to be checked). */
async function replaceText(page: Page, text: string) {
  await page.getByRole('textbox', { name: EDITOR }).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

test('goal states on load are the starting file\'s, before any editor', async ({ page }) => {
  await page.goto('/lessons/multi-stage-builds/');
  const states = page.locator('section.exercise ul.exercise-goals > li');
  await expect(states).toHaveCount(3);
  expect(await states.evaluateAll((items) => items.map((li) =>
    `${(li as HTMLElement).dataset['goalState']}:` +
    `${li.querySelector('.exercise-goal-state')?.textContent}`))).toEqual(
    ['open:open', 'open:open', 'met:met']);
  await expect(states.nth(2).getByRole('checkbox')).toBeChecked();
});

test('the hover on a marked line gives the rule\'s title and page, as the playground\'s',
  async ({ page }) => {
    await openEditor(page);
    // Line 4 of the starting file installs without --no-cache-dir: DL3042.
    const mark = exercise(page).locator('.cm-line').nth(3).locator('[class*="cm-lintRange-"]');
    await expect(mark.first()).toBeVisible();
    await page.mouse.move(0, 0);
    await mark.first().hover();
    const tip = page.locator('.cm-tooltip-lint');
    await expect(tip).toContainText('DL3042');
    const title = describedRules.find((rule) => rule.id === 'DL3042')?.title ?? '';
    expect(title).not.toBe('');
    await expect(tip).toContainText(title);
    await expect(tip.getByRole('link', { name: 'About DL3042' })).toHaveAttribute('href',
      '/rules/dl3042/');
  });

test('the editor loads only when the reader reaches for the exercise', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
  await page.goto(LESSON);
  await expect(exercise(page)).toHaveAttribute('data-ready', '');
  expect(scripts.filter((path) => /dockerfile-editor|check-worker/.test(path))).toEqual([]);
  await expect(page.getByRole('textbox', { name: EDITOR })).toHaveCount(0);
  await exercise(page).scrollIntoViewIfNeeded();
  await expect(page.getByRole('textbox', { name: EDITOR })).toBeVisible();
  await expect.poll(() => scripts.filter((path) => path.includes('check-worker')).length)
    .toBe(1);
});

test('typing the key change turns its goal met within a second, and back', async ({ page,
  baseURL }) => {
  const problems = watch(page, baseURL ?? '');
  await openEditor(page);
  await expect(goal(page, 2)).toHaveAttribute('data-goal-state', 'open');
  await replaceText(page, START.replace('pip install -r', 'pip install --no-cache-dir -r'));
  await expect(goal(page, 2)).toHaveAttribute('data-goal-state', 'met', { timeout: 1000 });
  await expect(goal(page, 2).locator('.exercise-goal-state')).toHaveText('met');
  await expect(goal(page, 2).getByRole('checkbox')).toBeChecked();
  await expect(goal(page, 0)).toHaveAttribute('data-goal-state', 'open');
  await expect(exercise(page).getByRole('status')).toHaveText(
    'Goal met: pip keeps no download cache in the image. 1 of 3 goals met.');
  await replaceText(page, START);
  await expect(goal(page, 2)).toHaveAttribute('data-goal-state', 'open', { timeout: 1000 });
  await expect(exercise(page).getByRole('status')).toContainText('Goal open again');
  expect(problems).toEqual([]);
});

test('hints one at a time, the solution looked at, a reload keeps it, the syllabus counts it',
  async ({ page, baseURL }) => {
    const problems = watch(page, baseURL ?? '');
    await openEditor(page);
    const hints = exercise(page).locator('details.exercise-hint');
    await expect(hints.nth(0)).toBeHidden();
    await exercise(page).getByRole('button', { name: 'Show a hint (1 of 3)' }).click();
    await expect(hints.nth(0)).toBeVisible();
    await expect(hints.nth(0)).toContainText('Docker reuses a layer');
    await expect(hints.nth(1)).toBeHidden();
    await expect(exercise(page).getByRole('button', { name: 'Show a hint (2 of 3)' }))
      .toBeVisible();
    const solution = exercise(page).locator('details.exercise-solution');
    await expect(solution).toBeHidden();
    await exercise(page).getByRole('button', { name: 'Show the model solution' }).click();
    await expect(solution).toBeVisible();
    await expect(solution).toContainText('pip install --no-cache-dir');
    const status = exercise(page).locator('.exercise-status');
    await expect(status).toHaveText('Model solution looked at.');
    const solved = await solution.locator('pre').first().innerText();
    await replaceText(page, solved);
    await expect(exercise(page).locator('li[data-goal-state="met"]')).toHaveCount(3);
    await expect(status).toHaveText('Done: every goal met. Model solution looked at.');

    await page.reload();
    await expect(exercise(page)).toHaveAttribute('data-ready', '');
    // Before any editor: kept states, hints and the looked-at mark are back at once.
    await expect(exercise(page).locator('li[data-goal-state="met"]')).toHaveCount(3);
    await expect(status).toHaveText('Done: every goal met. Model solution looked at.');
    await expect(hints.nth(0)).toBeVisible();
    await expect(hints.nth(1)).toBeHidden();
    await expect(solution).toBeVisible();
    await exercise(page).scrollIntoViewIfNeeded();
    await expect(page.getByRole('textbox', { name: EDITOR }))
      .toContainText('COPY requirements.txt .');

    await page.goto('/syllabus/');
    const progress = page.locator('[data-course-progress]');
    await expect(progress.locator('[data-progress-count]')).toHaveText('1 of 7 exercises done');
    const rows = page.locator('ol.syllabus-lessons > li');
    const done = page.locator('.lesson-exercise-done:visible');
    await expect(done).toHaveCount(1);
    await expect(rows.filter({ has: done }).getByRole('heading', { level: 2 }))
      .toHaveText('Layer caching and .dockerignore');
    await progress.getByRole('button', { name: 'Reset progress' }).click();
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await expect(progress.locator('[data-progress-count]')).toHaveText('1 of 7 exercises done');
    await progress.getByRole('button', { name: 'Reset progress' }).click();
    await progress.getByRole('button', { name: 'Yes, reset progress' }).click();
    await expect(progress.locator('[data-progress-count]')).toHaveText('0 of 7 exercises done');
    await expect(done).toHaveCount(0);
    await page.goto(LESSON);
    await expect(exercise(page)).toHaveAttribute('data-ready', '');
    await expect(exercise(page).locator('li[data-goal-state="met"]')).toHaveCount(0);
    await expect(hints.nth(0)).toBeHidden();
    await expect(status).toBeHidden();
    expect(problems).toEqual([]);
  });

for (const width of [390, 1440]) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations on an exercise (${width} px, ${theme})`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width, height: 900 });
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await openEditor(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await exercise(page).getByRole('button', { name: 'Show a hint (1 of 3)' }).click();
      await exercise(page).getByRole('button', { name: 'Show the model solution' }).click();
      await replaceText(page, START.replace('pip install -r', 'pip install --no-cache-dir -r'));
      await expect(goal(page, 2)).toHaveAttribute('data-goal-state', 'met');
      const results = await new AxeBuilder({ page }).include('section.exercise').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    });
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the syllabus says progress needs JavaScript, and counts nothing', async ({ page }) => {
    await page.goto('/syllabus/');
    await expect(page.locator('[data-course-progress]')).toBeHidden();
    await expect(page.getByText(/exercises done/)).toBeHidden();
    await expect(page.getByText('Your progress on the exercises is kept in your browser and ' +
      'needs JavaScript.')).toBeVisible();
  });
});
