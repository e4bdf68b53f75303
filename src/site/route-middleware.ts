/**
 * Site stage, Starlight route middleware (`routeMiddleware` in astro.config.mjs): adjusts the
 * route data Starlight computed for a page before it renders: one "Overview" in the table of
 * contents (toc-overview.ts); the page's layout marker in its head (page-layout.ts); the
 * write-ups' sidebar group sorted and, when long, cut into runs (writeup-sidebar.ts), the
 * cohort overview (when the site has one) named as the page that lists them all.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { layoutMeta, pageLayout } from './page-layout.ts';
import { withoutRepeatedOverview } from './toc-overview.ts';
import options from 'virtual:shipshape/options';
import { cohortPath } from '../cohort/cohort-integration.ts';
import { withBase } from '../shared/base-path.ts';
import { boundWriteupGroup, findWriteupGroup, sortedPagination, type WriteupIndex }
  from './writeup-sidebar.ts';

const index = (base: string): WriteupIndex | undefined => options.features.cohort
  ? { href: withBase(`/${cohortPath(options.cohort)}`, base) }
  : undefined;

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.toc !== undefined) route.toc.items = withoutRepeatedOverview(route.toc.items);
  const entry = route.entry as { rendered?: { html?: string } };
  const layout = pageLayout(entry.rendered?.html);
  if (layout !== undefined) route.head.push(layoutMeta(layout));
  const writeups = findWriteupGroup(route.sidebar, import.meta.env.BASE_URL);
  if (writeups) {
    const sorted = boundWriteupGroup(writeups, index(import.meta.env.BASE_URL));
    route.pagination = sortedPagination(route.pagination, sorted);
  }
});
