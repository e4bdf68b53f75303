/**
 * Outputs stage support: finds a Chromium to drive (tests now; Mermaid and the PDF later).
 * Order: `CHROME_PATH`, a system Chromium or Chrome, Playwright's own download, then
 * `@sparticuz/chromium` from npm. When none is found the error says exactly what to install.
 */
import { existsSync } from 'node:fs';

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
        '  - any machine with npm: `npm install --no-save @sparticuz/chromium`\n' +
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
    const { chromium } = await import('playwright');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

async function sparticuz(): Promise<string | undefined> {
  try {
    const module = await import('@sparticuz/chromium');
    const path = await module.default.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The path of a Chromium executable, or throws `BrowserNotFoundError`. */
export async function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const tried: string[] = [];
  const fromEnv = env['CHROME_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    tried.push(`CHROME_PATH=${fromEnv} (no such file)`);
  } else {
    tried.push('CHROME_PATH (not set)');
  }
  for (const path of SYSTEM_BROWSERS) {
    if (existsSync(path)) return path;
  }
  tried.push(`system browsers: ${SYSTEM_BROWSERS.join(', ')}`);
  const own = await playwrightOwn();
  if (own) return own;
  tried.push("Playwright's own Chromium (`npx playwright install` needs download hosts)");
  const packaged = await sparticuz();
  if (packaged) return packaged;
  tried.push('@sparticuz/chromium from npm');
  throw new BrowserNotFoundError(tried);
}
