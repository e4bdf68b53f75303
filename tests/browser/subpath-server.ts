/**
 * Browser tests under a sub-path: the guide built with `SHIPSHAPE_BASE=/courses/docker/` into
 * `dist-subpath/` (`tests/site/sub-path.test.ts` builds it, PDFs included, in `npm test`), served
 * by the site's static server for the tests that need it. When the folder is missing (Playwright
 * run alone) it is built here first, pages only: no browser test opens its PDFs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer, type StaticServer } from '../../src/site/static-server.ts';
import { buildEnv } from '../site/build-fixture.ts';

export const SUBPATH_BASE = '/courses/docker/';
export const SUBPATH_DIST = join(import.meta.dirname, '../../dist-subpath');
const root = join(import.meta.dirname, '../..');

/** Builds `dist-subpath/` unless it exists, then serves it on a free port. */
export async function startSubpathServer(): Promise<StaticServer> {
  if (!existsSync(join(SUBPATH_DIST, 'index.html'))) {
    const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'),
      'build', '--outDir', SUBPATH_DIST], { cwd: root, encoding: 'utf8', timeout: 300_000,
      env: buildEnv({ SHIPSHAPE_BASE: SUBPATH_BASE }) });
    if (build.status !== 0) {
      throw new Error(`building ${SUBPATH_DIST} failed:\n${build.stdout}\n${build.stderr}`);
    }
  }
  return startStaticServer({ dir: SUBPATH_DIST, base: SUBPATH_BASE });
}
