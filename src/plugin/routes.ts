/**
 * Plugin: the pages shipshape adds to a Starlight site (`src/routes/`, where the path is the
 * address). Injected rather than found in `src/pages/`, so that any site using the plugin gets
 * them. A new page is one line here.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ShipshapeOptions } from './options.ts';

export interface RouteSpec {
  /** The address, as Astro's `injectRoute` takes it. */
  pattern: string;
  /** The page's file. */
  entrypoint: URL;
}

const page = (path: string): URL => new URL(`../routes/${path}`, import.meta.url);

/** `root`: the project's folder, where the options' paths start. */
export function shipshapeRoutes({ features, dataset }: ShipshapeOptions, root: string):
  RouteSpec[] {
  const on = (feature: boolean, routes: RouteSpec[]): RouteSpec[] => (feature ? routes : []);
  return [
    // Always: every finding links to its rule's page.
    { pattern: '/rules', entrypoint: page('rules/index.astro') },
    { pattern: '/rules/[slug]', entrypoint: page('rules/[slug].astro') },
    ...on(features.practices, [{ pattern: '/practices', entrypoint: page('practices.astro') }]),
    // Every claim of the write-ups, which `/compare/` sums up for a large class.
    ...on(existsSync(resolve(root, dataset)),
      [{ pattern: '/compare/claims', entrypoint: page('compare/claims.astro') }]),
    ...on(features.playground, [{ pattern: '/playground', entrypoint: page('playground.astro') }]),
    ...on(features.examples, [
      { pattern: '/examples', entrypoint: page('examples/index.astro') },
      { pattern: '/examples/[slug]', entrypoint: page('examples/[slug].astro') },
      { pattern: '/examples/[slug].zip', entrypoint: page('examples/[slug].zip.ts') },
    ]),
    ...on(features.authorsReport, [
      { pattern: '/authors/report', entrypoint: page('authors/report.astro') },
    ]),
    // The cohort overview is added by its own integration, at the address the options give
    // (src/cohort/cohort-integration.ts, added in index.ts).
  ];
}
