/**
 * Site stage, Starlight route middleware (`routeMiddleware` in astro.config.mjs): adjusts the
 * route data Starlight computed for a page before it renders. Today: one "Overview" in the table
 * of contents (toc-overview.ts).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withoutRepeatedOverview } from './toc-overview.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const toc = context.locals.starlightRoute.toc;
  if (toc !== undefined) toc.items = withoutRepeatedOverview(toc.items);
});
