/**
 * Outputs stage support: finds a Chromium to drive (Mermaid at build time, the PDFs, the tests).
 * Order: `CHROME_PATH`, a system Chromium or Chrome, Playwright's own download, then
 * `@sparticuz/chromium` from npm. When none is found the error says exactly what to install.
 *
 * `SHIPSHAPE_NO_SYSTEM_BROWSER=1` skips `CHROME_PATH` and the system paths, so a machine that has
 * a system Chromium can still prove that a fresh machine without one builds the guide (CI does).
 *
 * Packages are loaded with `require`, not `import()`: inside Astro's build this module is loaded
 * by Vite's module runner, which is closed once the config is read, so a later dynamic `import()`
 * fails with "Vite module runner has been closed" and the npm fallback was never reached.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError';
  constructor(tried: string[]) {
    super(
      'No Chromium browser found. Tried:\n' +
        tried.map((t) => `  - ${t}`).join('\n') +
        '\nInstall one of these and run again:\n' +
        '  - Debian/Ubuntu: `apt-get install -y chromium` (as root)\n' +
        '  - Linux x64/arm64: `npm install` again (it brings `@sparticuz/chromium`, a Chromium\n' +
        '    unpacked into the temporary folder on first use)\n' +
        '  - or point `CHROME_PATH` at a Chrome/Chromium binary.',
    );
  }
}

/** Flags that let Chromium run as root in a container without reaching the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function playwrightOwn(): Promise<string | undefined> {
  try {
    const { chromium } = require('playwright') as typeof import('playwright');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

interface SparticuzChromium {
  /** Unpacks the bundled Chromium into the temporary folder (once) and returns its path. */
  executablePath(input?: string): Promise<string>;
}

async function sparticuz(tried: string[]): Promise<string | undefined> {
  try {
    // Its CommonJS build exports the class itself (`module.exports = Chromium`).
    const chromium = require('@sparticuz/chromium') as SparticuzChromium;
    const path = await chromium.executablePath();
    if (path && existsSync(path)) return path;
    tried.push(`@sparticuz/chromium from npm (unpacked to \`${path}\`, which does not exist)`);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    tried.push(`@sparticuz/chromium from npm (${reason})`);
  }
  return undefined;
}

/** The path of a Chromium executable, or throws `BrowserNotFoundError`. */
export async function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const tried: string[] = [];
  const skipSystem = Boolean(env['SHIPSHAPE_NO_SYSTEM_BROWSER']);
  const fromEnv = skipSystem ? undefined : env['CHROME_PATH'];
  if (skipSystem) {
    tried.push('CHROME_PATH and system browsers (skipped: SHIPSHAPE_NO_SYSTEM_BROWSER is set)');
  } else if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    tried.push(`CHROME_PATH=${fromEnv} (no such file)`);
  } else {
    tried.push('CHROME_PATH (not set)');
  }
  if (!skipSystem) {
    for (const path of SYSTEM_BROWSERS) {
      if (existsSync(path)) return path;
    }
    tried.push(`system browsers: ${SYSTEM_BROWSERS.join(', ')}`);
  }
  const own = await playwrightOwn();
  if (own) return own;
  tried.push("Playwright's own Chromium (`npx playwright install` needs download hosts)");
  const packaged = await sparticuz(tried);
  if (packaged) return packaged;
  throw new BrowserNotFoundError(tried);
}
