/**
 * Outputs stage support: finds a Chromium to drive (Mermaid at build time, the PDFs, the tests).
 * Order: `CHROME_PATH`, a system Chromium or Chrome, Playwright's own download, then
 * `@sparticuz/chromium` from npm. When none is found the error says exactly what to install.
 *
 * `SHIPSHAPE_NO_SYSTEM_BROWSER=1` skips `CHROME_PATH` and the system paths, so a machine that has
 * a system Chromium can still prove that a fresh machine without one builds the guide (CI does).
 *
 * A `CHROME_PATH` or system browser counts only if it starts: `--version` must exit 0 and name
 * Chrome or Chromium. Ubuntu's `/usr/bin/chromium-browser` is a stub that asks for snap, and a
 * broken or hidden install is as good as none; the finder goes on to the next one.
 *
 * Packages are loaded with `require`, not `import()`: inside Astro's build this module is loaded
 * by Vite's module runner, which is closed once the config is read, so a later dynamic `import()`
 * fails with "Vite module runner has been closed" and the npm fallback was never reached.
 */
import { execFileSync } from 'node:child_process';
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

const started = new Map<string, string | undefined>();

/** Why `path` is no browser (undefined when `path --version` names Chrome or Chromium). */
export function whyNotBrowser(path: string): string | undefined {
  if (started.has(path)) return started.get(path);
  let why: string | undefined;
  try {
    const out = execFileSync(path, ['--version'], {
      encoding: 'utf8', timeout: 15_000, stdio: ['ignore', 'pipe', 'pipe'],
    });
    const printed = JSON.stringify(out.trim().slice(0, 60));
    if (!/chrom/i.test(out)) why = `\`--version\` printed ${printed}`;
  } catch (error) {
    const failed = error as { status?: number | null; signal?: string | null; stderr?: string };
    const said = String(failed.stderr ?? '').trim().split('\n')[0]?.slice(0, 80);
    why = `\`--version\` failed (${failed.signal ?? `exit ${failed.status ?? '?'}`}` +
      `${said ? `: ${said}` : ''})`;
  }
  started.set(path, why);
  return why;
}

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
    const why = existsSync(fromEnv) ? whyNotBrowser(fromEnv) : 'no such file';
    if (!why) return fromEnv;
    tried.push(`CHROME_PATH=${fromEnv} (${why})`);
  } else {
    tried.push('CHROME_PATH (not set)');
  }
  if (!skipSystem) {
    const broken: string[] = [];
    for (const path of SYSTEM_BROWSERS) {
      if (!existsSync(path)) continue;
      const why = whyNotBrowser(path);
      if (!why) return path;
      broken.push(`${path} (${why})`);
    }
    tried.push(`system browsers: ${SYSTEM_BROWSERS.join(', ')}` +
      (broken.length > 0 ? `; present but not starting: ${broken.join(', ')}` : ''));
  }
  const own = await playwrightOwn();
  if (own) return own;
  tried.push("Playwright's own Chromium (`npx playwright install` needs download hosts)");
  const packaged = await sparticuz(tried);
  if (packaged) return packaged;
  throw new BrowserNotFoundError(tried);
}
