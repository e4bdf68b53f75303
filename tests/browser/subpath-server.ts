/**
 * Browser tests under a sub-path: `tests/site/sub-path.test.ts` builds the guide with
 * `SHIPSHAPE_BASE=/courses/docker/` into `dist-subpath/`; Playwright serves it here too.
 */
import { join } from 'node:path';

export const SUBPATH_BASE = '/courses/docker/';
export const SUBPATH_DIST = join(import.meta.dirname, '../../dist-subpath');
export const SUBPATH_PORT = Number(process.env['SHIPSHAPE_TEST_PORT'] ?? 4329) + 1;
