/**
 * The keyed docs route (src/plugin/starlight-route-keys.ts): the installed Starlight's route is
 * the one the change was written for, it becomes the keyed route, and a changed route stops the
 * build with what to do instead of building pages with keys that may miss what they show.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  EXPECTED_ROUTE, keyedRoute, replaceDocsRoute, STARLIGHT_DOCS_ROUTE, StarlightRouteChangedError,
  starlightRouteKeys,
} from '../../../src/plugin/starlight-route-keys.ts';

const installed = createRequire(import.meta.url).resolve(STARLIGHT_DOCS_ROUTE);

describe('starlightRouteKeys', () => {
  it('finds the installed Starlight\'s route as it expects it', () => {
    expect(readFileSync(installed, 'utf8')).toBe(EXPECTED_ROUTE);
  });

  it('serves the keyed route for that file, and nothing for any other', () => {
    const load = starlightRouteKeys().load as (id: string) => string | null;
    const served = load(installed);
    expect(served).toBe(keyedRoute());
    expect(served).toContain('withDocsKeys(paths, routes, slugToParam)');
    expect(load(`${installed}?astro&type=style&index=0&lang.css`)).toBeNull();
    expect(load(installed.replace('index.astro', '404.astro'))).toBeNull();
  });

  it('stops on a route that differs, naming the file and the way out', () => {
    const changed = EXPECTED_ROUTE.replace('return paths;', 'return paths.map((p) => p);');
    expect(() => replaceDocsRoute(changed, '/x/index.astro')).toThrow(StarlightRouteChangedError);
    expect(() => replaceDocsRoute(changed, '/x/index.astro'))
      .toThrow(/`\/x\/index\.astro`.*experimental\.incrementalBuild/s);
    expect(replaceDocsRoute(EXPECTED_ROUTE.replace(/\n/g, '\r\n'), '/x')).toBe(keyedRoute());
  });
});
