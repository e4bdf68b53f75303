/**
 * Site stage, Starlight route middleware (`routeMiddleware` in astro.config.mjs): adjusts the
 * route data Starlight computed for a page before it renders: one "Overview" in the table of
 * contents (toc-overview.ts); the page's layout marker in its head (page-layout.ts); the
 * write-ups' sidebar group sorted and, when long, cut into runs (writeup-sidebar.ts).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { layoutMeta, pageLayout } from './page-layout.ts';
import { withoutRepeatedOverview } from './toc-overview.ts';
import { boundWriteupGroup, findWriteupGroup, sortedPagination } from './writeup-sidebar.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.toc !== undefined) route.toc.items = withoutRepeatedOverview(route.toc.items);
  const entry = route.entry as { rendered?: { html?: string } };
  const layout = pageLayout(entry.rendered?.html);
  if (layout !== undefined) route.head.push(layoutMeta(layout));
  const writeups = findWriteupGroup(route.sidebar, import.meta.env.BASE_URL);
  if (writeups) route.pagination = sortedPagination(route.pagination, boundWriteupGroup(writeups));
});
