/**
 * Every character a reader sees is drawn with a font the guide serves itself (Inter, JetBrains
 * Mono, Noto Color Emoji, the DejaVu symbol faces) — never with whatever the reader's system
 * has, which differs per machine and draws boxes where it has nothing. Read from Chromium itself
 * (DevTools: the platform fonts of each element), on the pages with the most varied text.
 * And what that costs: the font bytes a first visit really downloads stay within budget, and
 * the fonts arriving move nothing (no layout shift), even a text or emoji font that lands after
 * the first paint.
 */
import { expect, test, type Page } from '@playwright/test';
import { FONT_BUDGET, MEASURED_PAGES } from '../../scripts/bench/measured-pages.ts';
import { LAYOUT_SHIFT_SCRIPT, recordPage } from '../../scripts/bench/page-downloads.ts';

const PAGES = [
  '/writeups/containerizing-the-vote-service/',
  '/writeups/dockerization-of-flask-application/',
  '/writeups/lab-02-docker-containerization/',
  '/compare/',
  '/practices/',
  '/examples/03-multi-stage-slim/',
  '/lessons/layer-caching/',
  '/authors/report/',
];

for (const url of PAGES) {
  test(`${url} draws every character with the guide's own fonts`, async ({ page }) => {
    // Twice: the text faces are `font-display: optional` (src/fonts/text-fonts.ts), so a first
    // visit on a busy machine may miss them and stay in the system font; the second has them
    // cached, as a reader's next page does.
    await page.goto(url);
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    // The page's own scripts may still be adding to it (an example's "Run it here" loads on
    // idle): the network quiet first, and a scan that meets a node removed meanwhile is redone.
    await page.reload({ waitUntil: 'networkidle' });
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const scan = async (): Promise<Map<string, number> | undefined> => {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
        nodeId: root.nodeId,
        selector: 'main *',
      });
      const system = new Map<string, number>();
      for (const nodeId of nodeIds) {
        const answer = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
          .catch((error: unknown) => {
            if (/Could not find node/.test(String(error))) return undefined;
            throw error;
          });
        if (answer === undefined) return undefined;
        for (const font of answer.fonts.filter((f) => !f.isCustomFont)) {
          system.set(font.familyName, (system.get(font.familyName) ?? 0) + font.glyphCount);
        }
      }
      return system;
    };
    let system = await scan();
    for (let tries = 1; system === undefined && tries < 5; tries++) system = await scan();
    expect(system, 'the page kept changing while its fonts were read').toBeDefined();
    expect(Object.fromEntries(system ?? [])).toEqual({});
  });
}

/** What moved, for the message of a failing test: each shifted element and its rectangles. */
const SHIFT_SOURCES_SCRIPT = `
  window.__shiftSources = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      for (const source of entry.sources) {
        const node = source.node && source.node.nodeType === 1 ? source.node
          : source.node && source.node.parentElement;
        const rect = (r) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
        window.__shiftSources.push(entry.value.toFixed(5) + ' ' + (node ? node.tagName + '.'
          + node.className + ' "' + (node.textContent || '').slice(0, 40) + '"' : '(removed)')
          + ' ' + rect(source.previousRect) + ' -> ' + rect(source.currentRect));
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

for (const url of MEASURED_PAGES) {
  test(`${url} downloads at most 150 KB of fonts, all preloaded, and does not shift`, async ({
    browser,
  }) => {
    // A fresh context: nothing cached, as on a first visit.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(LAYOUT_SHIFT_SCRIPT);
    await page.addInitScript(SHIFT_SOURCES_SCRIPT);
    const visit = await recordPage(page, url, url);
    const fonts = visit.downloads.filter((download) => download.kind === 'font');
    const listing = fonts.map((font) => `${font.url.split('/').pop()}: ${font.bytes} B`);
    expect(fonts.length, 'the page draws its text in the guide\'s fonts').toBeGreaterThan(0);
    expect(visit.bytes.font, listing.join('\n')).toBeLessThanOrEqual(FONT_BUDGET);
    // Each file the page needs is asked for with the HTML, so it is there for the first layout
    // and never swaps text in later (src/fonts/preload-fonts.ts). Latin Extended and Cyrillic
    // are not preloaded; none of these pages needs them.
    const preloaded = await page.locator('link[rel="preload"][as="font"]').evaluateAll(
      (links) => links.map((link) => (link as HTMLLinkElement).href));
    expect(fonts.map((font) => font.url).filter((font) => !preloaded.includes(font))).toEqual([]);
    // The rules of the faces cut to the guide (text, emoji, symbols) come with the HTML
    // (src/fonts/inline-font-faces.ts): no stylesheet of fonts to fetch before the first paint.
    const sheets = await page.locator('link[rel="stylesheet"]').evaluateAll(
      (links) => links.map((link) => (link as HTMLLinkElement).href));
    expect(sheets.filter((href) => href.includes('/_fonts/'))).toEqual([]);
    const inline = await page.evaluate(() => [...document.styleSheets]
      .filter((sheet) => sheet.ownerNode instanceof HTMLStyleElement
        && sheet.ownerNode.hasAttribute('data-font-faces'))
      .flatMap((sheet) => [...sheet.cssRules])
      .map((rule) => (rule as CSSFontFaceRule).style.getPropertyValue('font-family')
        .replace(/["']/g, '')));
    expect(inline).toEqual(expect.arrayContaining(['Inter', 'JetBrains Mono', 'Noto Color Emoji',
      'Shipshape Symbols']));
    // Only those: a whole file of Inter or JetBrains Mono (`inter-latin-400.<hash>`: src/fonts/
    // whole-text-faces.ts) is for a character the guide's text does not hold, and every page's
    // text is the guide's.
    expect(fonts.map((font) => font.url).filter((font) =>
      /\/(inter|jetbrains-mono)-(latin|latin-ext|cyrillic)-\d00[.-]/.test(font))).toEqual([]);
    // No reflow when the fonts arrive: preloaded, they are there for the first layout; a text
    // or symbol face that is not is left unused on that page (`font-display: optional`), and
    // an emoji sits in a box of its own size (src/fonts/emoji-boxes.ts). Both cases are held
    // to 0 with the font held back (the next tests), and so is a page painted before its HTML
    // has all arrived (partial-paint.spec.ts). The message names what moved.
    expect(visit.cls, await page.evaluate(() =>
      (window as unknown as { __shiftSources: string[] }).__shiftSources.join('\n')))
      .toBe(0);
    await context.close();
  });
}

/**
 * `release` and a promise that `hold`s a route until then: a response held back until the
 * page has been laid out and painted without it, as on a loaded machine or a slow network.
 */
function holdBack(): { hold: Promise<void>; release: () => void } {
  let release = (): void => undefined;
  const hold = new Promise<void>((done) => {
    release = done;
  });
  return { hold, release };
}

const painted = (page: Page) => page.evaluate(() => new Promise((done) => {
  requestAnimationFrame(() => requestAnimationFrame(done));
}));

for (const url of MEASURED_PAGES) {
  test(`${url}: text fonts landing after the first paint move nothing`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(LAYOUT_SHIFT_SCRIPT);
    await page.addInitScript(SHIFT_SOURCES_SCRIPT);
    // The files cut to the guide (`_fonts/inter-400.<hash>.woff2`, …) and the whole ones
    // (`inter-latin-400.<hash>`, `_astro/inter-latin-400-normal.<hash>`), should one be asked.
    const { hold, release } = holdBack();
    const held: string[] = [];
    await page.route(/\/(inter|jetbrains-mono)-[\w.-]+\.woff2$/, async (route) => {
      held.push(route.request().url());
      await hold;
      await route.continue();
    });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    // Painted (text included) while the fonts are still held.
    await page.waitForFunction(() =>
      performance.getEntriesByName('first-contentful-paint').length === 1);
    await painted(page);
    expect(held.length, 'the text fonts were asked for (preloaded) and held').toBeGreaterThan(0);
    release();
    await page.waitForLoadState('load');
    await page.evaluate(async () => {
      await document.fonts.load('16px Inter', 'a');
      await document.fonts.ready;
    });
    await painted(page);
    // Before (`font-display: swap`): 0.004-0.100 on these pages, paragraphs, lists, headings
    // and chart labels re-wrapped in the new widths.
    expect(await page.evaluate(() =>
      (window as unknown as { __layoutShift?: number }).__layoutShift ?? 0),
    await page.evaluate(() =>
      (window as unknown as { __shiftSources: string[] }).__shiftSources.join('\n'))).toBe(0);
    await context.close();
  });
}

/** Pages with emoji in the title, the sidebar, a heading beside code and the body text. */
const EMOJI_PAGES = ['/writeups/containerizing-the-vote-service/', '/authors/report/'];

for (const url of EMOJI_PAGES) {
  test(`${url}: an emoji font landing after the first paint moves nothing`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(LAYOUT_SHIFT_SCRIPT);
    // The emoji face is held back until the page has been laid out and painted without it.
    const { hold, release } = holdBack();
    // Both emoji files: the common one (the sidebar's 🐳) and the rest.
    await page.route(/\/_fonts\/emoji(-common)?\.[\w-]+\.woff2$/, async (route) => {
      await hold;
      await route.continue();
    });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await painted(page);
    expect(await page.locator('main').innerText()).toMatch(/\p{Extended_Pictographic}/u);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Color Emoji"', '🐳')),
      'the emoji font is still missing').toBe(false);
    release();
    await page.evaluate(async () => {
      await document.fonts.load('16px "Noto Color Emoji"', '🐳');
      await document.fonts.ready;
    });
    await painted(page);
    expect(await page.evaluate(() =>
      (window as unknown as { __layoutShift?: number }).__layoutShift ?? 0)).toBe(0);
    await context.close();
  });
}
