/**
 * Browser tests for how walkthroughs and the comparison's figures read at 390, 1024 and 1440 px:
 * every step in sight, no table of contents on walkthrough pages, numbered code lines, Dockerfile
 * lines that wrap only between words, the pinned code whole below the header at the end, and no
 * text under 11 px in the size chart and the decision diagram on a phone.
 */
import { expect, test, type Page } from '@playwright/test';

const authored = '/walkthroughs/multi-stage-python/';
const inferred = '/writeups/containerizing-the-vote-service/';
const WIDTHS = [390, 1024, 1440] as const;
const MIN_TEXT_PX = 11;

/** Where a line of visible walkthrough code wraps inside a word: `line: …text|text…`. */
async function midWordWraps(page: Page): Promise<{ wraps: number; bad: string[] }> {
  return page.locator('.walkthrough').first().evaluate((root) => {
    const bad: string[] = [];
    let wraps = 0;
    for (const code of root.querySelectorAll<HTMLElement>('.ec-line .code')) {
      if (code.getClientRects().length === 0) continue;
      const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let previous: { top: number; char: string } | undefined;
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.textContent ?? '';
        for (let i = 0; i < value.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          const char = value[i] ?? '';
          text += char;
          if (!rect || char === '\n') continue;
          if (previous && rect.top > previous.top + rect.height / 2) {
            wraps++;
            if (!/\s/.test(previous.char) && !/\s/.test(char)) {
              bad.push(`${text.slice(0, -1)}|${char}`);
            }
          }
          previous = { top: rect.top, char };
        }
      }
    }
    return { wraps, bad };
  });
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('every step is in sight: inside the page width, nothing scrolls sideways', async ({
      page,
    }) => {
      for (const url of [authored, inferred]) {
        await page.goto(url);
        const overflow = await page.evaluate(() =>
          document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, url).toBeLessThanOrEqual(0);
        for (const step of await page.locator('.wt-step').all()) {
          await step.scrollIntoViewIfNeeded();
          const box = await step.boundingBox();
          expect(box, url).not.toBeNull();
          expect(box!.x, url).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width, url).toBeLessThanOrEqual(width);
          await expect(step.getByRole('heading')).toBeInViewport();
        }
      }
    });

    test('walkthrough pages have no table of contents; other pages keep theirs', async ({
      page,
    }) => {
      for (const url of [authored, inferred]) {
        await page.goto(url);
        await expect(page.getByRole('heading', { name: 'On this page' })).toHaveCount(0);
        await expect(page.locator('starlight-toc, mobile-starlight-toc')).toHaveCount(0);
      }
      await page.goto('/writeups/dockerization-of-flask-application/');
      await expect(page.locator('starlight-toc, mobile-starlight-toc').first()).toBeAttached();
    });

    test('the code lines are numbered from 1, in a gutter of one width', async ({ page }) => {
      await page.goto(authored);
      const lines = page.locator('.wt-code .ec-line');
      await expect(lines.first()).toBeVisible();
      const gutters = await lines.evaluateAll((all) => all.map((line) => {
        const before = getComputedStyle(line, '::before');
        return {
          content: before.content,
          display: before.display,
          width: before.width,
          increment: getComputedStyle(line).counterIncrement,
          colour: before.color,
        };
      }));
      const reset = await page.locator('.wt-code pre > code').evaluate((code) =>
        getComputedStyle(code).counterReset);
      // One counter, reset on the block and counted once on each of its lines: line N shows N.
      expect(reset).toBe('wt-line 0');
      expect(gutters).toHaveLength(22);
      for (const gutter of gutters) {
        expect(gutter.content).toMatch(/^counter\(wt-line\)/);
        expect(gutter.display).not.toBe('none');
        expect(gutter.increment).toBe('wt-line 1');
        expect(parseFloat(gutter.width)).toBeGreaterThan(10);
        expect(gutter.width).toBe(gutters[0]!.width);
      }
      // The step that says "Lines 11–14" lights the lines numbered 11 to 14.
      await page.locator('#step-runtime a.wt-step-link').click();
      await expect(page.locator('#step-runtime .wt-step-lines')).toContainText('Lines 11–14');
      await expect.poll(() => page.locator('.wt-code .ec-line').evaluateAll((all) =>
        all.flatMap((line, index) => (line.classList.contains('wt-active') ? [index + 1] : []))))
        .toEqual([11, 12, 13, 14]);
      // The numbers are not part of the code a reader copies.
      const copied = await page.locator('.wt-code pre').evaluate((pre) => {
        const range = document.createRange();
        range.selectNodeContents(pre);
        const selection = getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return selection?.toString() ?? '';
      });
      expect(copied.startsWith('# syntax=docker/dockerfile:1')).toBe(true);
    });
  });
}

for (const width of [390, 1024] as const) {
  test(`at ${width} px a step's own lines are numbered as in the whole file`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(authored);
    const excerpt = page.locator('#step-runtime [data-wt-excerpt]');
    await expect(excerpt).toBeVisible();
    await expect(excerpt).toContainText('PYTHONDONTWRITEBYTECODE=1');
    // Lines 11–14: the counter starts at 10 and each of the 4 lines counts one.
    expect(await excerpt.locator('code').evaluate((code) => getComputedStyle(code).counterReset))
      .toBe('wt-line 10');
    const lines = excerpt.locator('.ec-line');
    await expect(lines).toHaveCount(4);
    for (const line of await lines.all()) {
      expect(await line.evaluate((el) => getComputedStyle(el).counterIncrement)).toBe('wt-line 1');
      expect(await line.evaluate((el) => getComputedStyle(el, '::before').content))
        .toMatch(/^counter\(wt-line\)/);
    }
  });
}

for (const width of WIDTHS) {
  test(`at ${width} px no Dockerfile line wraps inside a word`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const url of [authored, inferred]) {
      await page.goto(url);
      const { bad } = await midWordWraps(page);
      expect(bad, url).toEqual([]);
    }
  });
}

test('at 1440 px a wrapped line goes on indented, without a number of its own', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(authored);
  const healthcheck = page.locator('.wt-code .ec-line').nth(20);
  await expect(healthcheck).toContainText('HEALTHCHECK');
  const { rows, firstLeft, laterLefts } = await healthcheck.locator('.code').evaluate((code) => {
    const range = document.createRange();
    const starts: Array<{ top: number; left: number }> = [];
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < (node.textContent ?? '').length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect || /\s/.test(node.textContent?.[i] ?? '')) continue;
        const last = starts.at(-1);
        if (!last || rect.top > last.top + rect.height / 2) {
          starts.push({ top: rect.top, left: rect.left });
        }
      }
    }
    return { rows: starts.length, firstLeft: starts[0]?.left ?? 0,
      laterLefts: starts.slice(1).map((s) => s.left) };
  });
  expect(rows).toBeGreaterThan(1);
  for (const left of laterLefts) expect(left).toBeGreaterThan(firstLeft + 10);
});

test('at 1440 px the pinned code stays whole below the header while the last step is read', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const url of [authored, inferred]) {
    await page.goto(url);
    const panel = page.locator('.wt-code');
    const last = page.locator('.wt-step').last();
    // The last step's top where the pinned code's top is: the reader is at the last step.
    await page.evaluate(() => {
      const step = [...document.querySelectorAll('.wt-step')].at(-1);
      const code = document.querySelector('.wt-code');
      if (!step || !code) return;
      const pinnedTop = parseFloat(getComputedStyle(code).top);
      window.scrollBy(0, step.getBoundingClientRect().top - pinnedTop);
    });
    await expect(last).toHaveAttribute('aria-current', 'step');
    const header = await page.locator('header.header').boundingBox();
    const box = await panel.boundingBox();
    expect(box!.y, url).toBeGreaterThanOrEqual(header!.y + header!.height);
    expect(box!.y + box!.height, url).toBeLessThanOrEqual(900);
  }
});

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 800 } });

  test('the size chart has no text under 11 px, and every label is in sight', async ({
    page,
  }) => {
    await page.goto('/compare/');
    const figure = page.locator('.size-chart-figure');
    await figure.scrollIntoViewIfNeeded();
    const texts = await figure.evaluate((root) => {
      const found: Array<{ text: string; size: number; left: number; right: number }> = [];
      for (const el of root.querySelectorAll('*')) {
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
        if (!own) continue;
        const rect = el.getBoundingClientRect();
        found.push({ text: el.textContent ?? '', size: parseFloat(getComputedStyle(el).fontSize),
          left: rect.left, right: rect.right });
      }
      return found;
    });
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) {
      expect(text.size, text.text).toBeGreaterThanOrEqual(MIN_TEXT_PX);
      expect(text.left, text.text).toBeGreaterThanOrEqual(0);
      expect(text.right, text.text).toBeLessThanOrEqual(390);
    }
    // Each label sits above its bar here, not squeezed beside it.
    const row = page.locator('.size-chart .chart-row').first();
    const label = await row.locator('.chart-label').boundingBox();
    const bar = await row.locator('.chart-bar').boundingBox();
    expect(bar!.y).toBeGreaterThanOrEqual(label!.y + label!.height - 1);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the decision diagram (${theme}) has no text under 11 px; it scrolls sideways`, async ({
      page,
    }) => {
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto('/compare/');
      // One drawing for both themes (render/mermaid/one-drawing.ts).
      const svg = page.locator('.mermaid-diagram > svg.mermaid-themed');
      await expect(svg).toBeVisible();
      const sizes = await svg.evaluate((el) => {
        const drawn = (el as SVGSVGElement).viewBox.baseVal.width;
        const scale = el.getBoundingClientRect().width / drawn;
        const found: Array<{ text: string; px: number }> = [];
        for (const node of el.querySelectorAll('*')) {
          if (node.tagName.toLowerCase() === 'style') continue;
          const own = [...node.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
          if (own) {
            found.push({ text: node.textContent ?? '',
              px: parseFloat(getComputedStyle(node).fontSize) * scale });
          }
        }
        return found;
      });
      expect(sizes.length).toBeGreaterThan(5);
      for (const { text, px } of sizes) expect(px, text).toBeGreaterThanOrEqual(MIN_TEXT_PX);
      // The figure scrolls, not the page; a keyboard can reach it to scroll it.
      const figure = page.locator('.mermaid-diagram');
      expect(await figure.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      expect(await page.evaluate(() =>
        document.documentElement.scrollWidth - document.documentElement.clientWidth))
        .toBeLessThanOrEqual(0);
      await expect(figure).toHaveAttribute('tabindex', '0');
    });
  }
});
