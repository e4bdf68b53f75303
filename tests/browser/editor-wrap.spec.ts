/**
 * The Dockerfile editor on a phone (390 px): long lines wrap, but between words — `-r` and
 * `--prefix=/install` stay whole on one visual line (a browser breaks after any hyphen unless
 * told not to), while a URL longer than the line still wraps instead of overflowing.
 */
import { expect, test, type Page } from '@playwright/test';

const LINE = 'RUN pip install --no-cache-dir --prefix=/install -r requirements.txt';
const URL_LINE = 'RUN curl -fsSL https://github.com/example/tool/releases/download/v1.2.3/' +
  'tool-linux-amd64.tar.gz | tar xz';

/** The distinct tops of the characters of `word` in the editor's text (one per visual line). */
async function visualLines(page: Page, word: string): Promise<number> {
  return page.locator('.cm-content').evaluate((content, wanted) => {
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    let text = '';
    const nodes: Array<{ node: Text; start: number }> = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, start: text.length });
      text += node.textContent ?? '';
    }
    const at = text.indexOf(wanted);
    if (at < 0) return -1;
    const tops = new Set<number>();
    for (let i = at; i < at + wanted.length; i++) {
      const hit = nodes.findLast((n) => n.start <= i);
      if (!hit) continue;
      const range = document.createRange();
      range.setStart(hit.node, i - hit.start);
      range.setEnd(hit.node, i - hit.start + 1);
      tops.add(Math.round(range.getBoundingClientRect().top));
    }
    return tops.size;
  }, word);
}

test('a wrapped line breaks between words, never inside one', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('/playground/');
  const editor = page.getByRole('textbox', { name: 'Dockerfile' });
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(`FROM python:3.12-slim\n${LINE}\n${URL_LINE}\n`);
  // The line does wrap at this width (else the test would prove nothing)…
  expect(await visualLines(page, LINE)).toBeGreaterThan(1);
  // …and each word stays whole.
  for (const word of ['-r', '--prefix=/install', '--no-cache-dir', 'requirements.txt']) {
    expect(await visualLines(page, word), word).toBe(1);
  }
  // A word wider than the line wraps rather than running off it.
  expect(await visualLines(page, 'https://github.com/example/tool/releases/download/'))
    .toBeGreaterThan(1);
  const overflow = await page.locator('.cm-scroller').evaluate((node) =>
    node.scrollWidth - node.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
