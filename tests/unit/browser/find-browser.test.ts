/**
 * The browser finder: the order it tries, and the npm fallback a fresh machine depends on —
 * with the system browsers hidden it must still hand back a Chromium that really starts.
 */
import { chromium } from 'playwright';
import { describe, expect, it } from 'vitest';
import {
  BrowserNotFoundError, CHROMIUM_ARGS, findBrowser,
} from '../../../src/browser/find-browser.ts';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

describe('findBrowser', () => {
  it('takes CHROME_PATH first when it exists', async () => {
    expect(await findBrowser({ CHROME_PATH: process.execPath })).toBe(process.execPath);
  });

  it('says which CHROME_PATH did not exist when nothing else is found', async () => {
    const found = await findBrowser({ CHROME_PATH: '/nowhere/chrome' }).catch((e: unknown) => e);
    if (found instanceof BrowserNotFoundError) {
      expect(found.message).toContain('CHROME_PATH=/nowhere/chrome (no such file)');
      expect(found.message).toContain('apt-get install -y chromium');
    } else {
      expect(found).not.toBe('/nowhere/chrome');
    }
  });

  it('with system browsers hidden, unpacks the npm Chromium and it renders a page',
    { timeout: 120_000 }, async () => {
      const path = await findBrowser({
        SHIPSHAPE_NO_SYSTEM_BROWSER: '1',
        CHROME_PATH: '/usr/bin/chromium',
      });
      expect(SYSTEM).not.toContain(path);
      const browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS });
      try {
        const page = await browser.newPage();
        await page.setContent('<p id="x">rendered</p>');
        expect(await page.locator('#x').textContent()).toBe('rendered');
      } finally {
        await browser.close();
      }
    });
});
