/**
 * Browser tests: a real Chromium (found by src/browser/find-browser.ts) against the built site
 * (`dist/`, built by `npm run build` before this runs) served by `scripts/serve-dist.ts` (the
 * site's one static server, `src/site/static-server.ts`). The sub-path build is served by the
 * tests that need it (`tests/browser/subpath-server.ts`).
 */
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, findBrowser } from './src/browser/find-browser.ts';
import { HOSTILE_SITES } from './tests/browser/hostile-server.ts';
import { COHORT_SITE } from './tests/browser/cohort-server.ts';

const port = Number(process.env['SHIPSHAPE_TEST_PORT'] ?? 4329);
const executablePath = await findBrowser();

export default defineConfig({
  testDir: './tests/browser',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env['CI'] ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      command: `node scripts/serve-dist.ts --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    // The hostile-input fixture sites, when the site tests have built them (hostile.spec.ts).
    ...HOSTILE_SITES.filter((site) => existsSync(site.dist)).map((site) => ({
      command: `node scripts/serve-dist.ts --dir ${site.dist} --port ${site.port}`,
      url: `http://127.0.0.1:${site.port}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    })),
    // The generated cohort's site, when tests/site/cohort.test.ts has built it.
    ...(existsSync(COHORT_SITE.dist) ? [{
      command: `node scripts/serve-dist.ts --dir ${COHORT_SITE.dist} --port ${COHORT_SITE.port}`,
      url: `http://127.0.0.1:${COHORT_SITE.port}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    }] : []),
  ],
});
