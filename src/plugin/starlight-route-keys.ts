/**
 * Plugin: gives the pages of Starlight's docs route (`[...slug]`, every authored page, write-up
 * and lesson) the `cacheKey` that Astro's incremental build needs to skip an unchanged page
 * (`experimental.incrementalBuild`). Starlight 0.42's route returns its paths without one, and
 * offers no way to add one, so this Vite plugin serves that route's file (same module id, same
 * folder for its relative imports) with the one change: `getStaticPaths()` hands the paths to
 * src/site/cache-keys.ts, which adds each page's key.
 *
 * The route's file is checked against the text this change was written for: a Starlight whose
 * route differs stops the build with what to do, rather than building pages with a key that
 * may miss what the new route shows.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Starlight's prerendered docs route, as its package names it. */
export const STARLIGHT_DOCS_ROUTE = '@astrojs/starlight/routes/static/index.astro';
const ROUTE_FILE_END = '/@astrojs/starlight/dist/routes/static/index.astro';

/** The route's file in Starlight 0.42.x. */
export const EXPECTED_ROUTE = `---
import { paths } from '../../utils/routing';
import CommonPage from '../common.astro';

export const prerender = true;

export async function getStaticPaths() {
	return paths;
}
---

<CommonPage />
`;

const KEYS_MODULE = fileURLToPath(new URL('../site/cache-keys.ts', import.meta.url));
const HTML_MODULE = fileURLToPath(new URL('../shared/html-outside-store.ts', import.meta.url));

/**
 * The route's file with its paths keyed, and its routes' entries reading their HTML from the
 * files the loader moved it to (src/shared/html-outside-store.ts; keyed first, from the stored
 * entries, which name their files).
 */
export function keyedRoute(keysModule: string = KEYS_MODULE,
  htmlModule: string = HTML_MODULE): string {
  return `---
import { paths, routes } from '../../utils/routing';
import { slugToParam } from '../../utils/slugs';
import CommonPage from '../common.astro';
import { withDocsKeys } from ${JSON.stringify(keysModule)};
import { readHtmlFromFiles } from ${JSON.stringify(htmlModule)};

export const prerender = true;

export async function getStaticPaths() {
	const keyed = await withDocsKeys(paths, routes, slugToParam);
	readHtmlFromFiles(routes);
	return keyed;
}
---

<CommonPage />
`;
}

export class StarlightRouteChangedError extends Error {
  override name = 'StarlightRouteChangedError';
}

/** The keyed route for Starlight's route file `text` at `path`; throws if the file changed. */
export function replaceDocsRoute(text: string, path: string): string {
  if (text.replace(/\r\n/g, '\n') !== EXPECTED_ROUTE) {
    throw new StarlightRouteChangedError(`Starlight's docs route \`${path}\` is not the one ` +
      'shipshape adds cache keys to (Starlight 0.42); its pages cannot be skipped safely by ' +
      "Astro's incremental build. Turn off `experimental.incrementalBuild` in astro.config.mjs, " +
      'or update EXPECTED_ROUTE and keyedRoute in src/plugin/starlight-route-keys.ts to the ' +
      'new route (and check that src/site/page-cache-keys.ts still covers what its pages show).');
  }
  return keyedRoute();
}

/** The Vite plugin that serves the keyed route in place of Starlight's file. */
export function starlightRouteKeys(): Plugin {
  return {
    name: 'shipshape:starlight-route-keys',
    enforce: 'pre',
    load(id) {
      const path = id.split('?')[0]!;
      // Only the module itself: the `?astro&type=…` requests for its parts are Astro's.
      if (id.includes('?') || !path.replace(/\\/g, '/').endsWith(ROUTE_FILE_END)) return null;
      return replaceDocsRoute(readFileSync(path, 'utf8'), path);
    },
  };
}
