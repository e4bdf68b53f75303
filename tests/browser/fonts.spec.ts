/**
 * Every character a reader sees is drawn with a font the guide serves itself (Inter, JetBrains
 * Mono, Noto Color Emoji, the DejaVu symbol faces) — never with whatever the reader's system
 * has, which differs per machine and draws boxes where it has nothing. Read from Chromium itself
 * (DevTools: the platform fonts of each element), on the pages with the most varied text.
 */
import { expect, test } from '@playwright/test';

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
    await page.goto(url);
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: 'main *',
    });
    const system = new Map<string, number>();
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of fonts.filter((f) => !f.isCustomFont)) {
        system.set(font.familyName, (system.get(font.familyName) ?? 0) + font.glyphCount);
      }
    }
    expect(Object.fromEntries(system)).toEqual({});
  });
}
