/**
 * An exercise as a reader without JavaScript meets it: the goals are a checklist, each hint
 * opens on its own, the model solution stays hidden until asked for, and the appendix that
 * print shows is not on screen.
 */
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('hints open one at a time and the solution only when asked for', async ({ page }) => {
  await page.goto('/lessons/layer-caching/');
  const exercise = page.locator('section.exercise');
  await expect(exercise.getByRole('heading', { level: 2 }))
    .toHaveText('Exercise: Stop reinstalling every package on each edit');
  await expect(exercise.locator('ul.exercise-goals > li')).toHaveCount(3);
  await expect(exercise.getByRole('checkbox')).toHaveCount(3);
  await expect(exercise.getByRole('link', { name: 'DL3042' })).toHaveAttribute(
    'href', '/rules/dl3042/');
  const solutionCode = exercise.locator('.exercise-solution .expressive-code');
  await expect(solutionCode).toBeHidden();
  const hint = (n: number) => exercise.locator('details.exercise-hint').nth(n);
  await expect(hint(0).getByText('Docker reuses a layer')).toBeHidden();
  await hint(0).locator('summary').click();
  await expect(hint(0).getByText('Docker reuses a layer')).toBeVisible();
  await expect(hint(1).locator('summary')).toBeVisible();
  await expect(hint(1).locator('summary + p')).toBeHidden();
  await exercise.getByText('Show the model solution').click();
  await expect(solutionCode).toBeVisible();
  await expect(solutionCode).toContainText('pip install --no-cache-dir');
  await expect(page.locator('.exercise-appendix')).toBeHidden();
});

test('print shows the appendix with the solution, not the fold', async ({ page }) => {
  await page.goto('/lessons/layer-caching/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.lesson-exercises .exercise-solution')).toBeHidden();
  const appendix = page.locator('.exercise-appendix');
  await expect(appendix).toBeVisible();
  await expect(appendix).toContainText('Appendix: model solutions');
  await expect(appendix).toContainText('pip install --no-cache-dir');
});
