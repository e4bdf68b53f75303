/**
 * The hostile-input fixture sites (issue 11): `tests/site/hostile-input.test.ts` builds them into
 * `dist-hostile/`, `dist-hostile-guarded/` and `dist-hostile-sidebar/`, each with a
 * `hostile-pages.json` listing its pages and what they carry; Playwright serves them here for
 * `tests/browser/hostile.spec.ts`.
 */
import { join } from 'node:path';

const first = Number(process.env['SHIPSHAPE_TEST_PORT'] ?? 4329) + 2;
const dist = (name: string) => join(import.meta.dirname, '../..', name);

export const HOSTILE_SITES = [
  { name: 'body', dist: dist('dist-hostile'), port: first },
  { name: 'guarded', dist: dist('dist-hostile-guarded'), port: first + 1 },
  { name: 'sidebar', dist: dist('dist-hostile-sidebar'), port: first + 2 },
] as const;

/** The manifest the site test writes into each built site. */
export const MANIFEST = 'hostile-pages.json';
