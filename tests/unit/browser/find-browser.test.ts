/**
 * The browser finder: the order it tries, and the npm fallback a fresh machine depends on —
 * with the system browsers hidden it must still hand back a Chromium that really starts.
 */
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { describe, expect, it } from 'vitest';
import {
  BrowserNotFoundError, CHROMIUM_ARGS, findBrowser, whyNotBrowser,
} from '../../../src/browser/find-browser.ts';

const stubs = mkdtempSync(join(tmpdir(), 'find-browser-'));
/** A program at a fresh path that runs `body` as a shell script. */
function stub(name: string, body: string): string {
  const path = join(stubs, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

describe('findBrowser', () => {
  it('takes CHROME_PATH first when it starts as a Chromium', async () => {
    const fake = stub('chromium-ok', 'echo "Chromium 156.0.0.0 built on Debian"');
    expect(await findBrowser({ CHROME_PATH: fake })).toBe(fake);
  });

  it('passes over a CHROME_PATH that does not start, or is no browser, and says why', () => {
    // As on Ubuntu, where /usr/bin/chromium-browser is a stub asking for snap.
    const snap = stub('chromium-snap', 'echo "requires the chromium snap" >&2; exit 1');
    expect(whyNotBrowser(snap)).toBe('`--version` failed (exit 1: requires the chromium snap)');
    expect(whyNotBrowser(process.execPath)).toMatch(/^`--version` printed "v\d+/);
  });

  it('goes on to the next browser when CHROME_PATH does not start', async () => {
    const broken = stub('chromium-broken', 'exit 127');
    const found = await findBrowser({ CHROME_PATH: broken }).catch((e: unknown) => e);
    if (found instanceof BrowserNotFoundError) {
      expect(found.message).toContain(`CHROME_PATH=${broken} (\`--version\` failed (exit 127))`);
    } else {
      expect(found).not.toBe(broken);
      expect(whyNotBrowser(String(found))).toBeUndefined();
    }
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
