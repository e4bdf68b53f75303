/**
 * Site stage, Starlight route middleware (`routeMiddleware` in astro.config.mjs): adjusts the
 * route data Starlight computed for a page before it renders: one "Overview" in the table of
 * contents (toc-overview.ts); the page's layout marker in its head (page-layout.ts); the
 * write-ups' sidebar group made from the write-ups there are now, sorted and, when long, cut
 * into runs (writeup-sidebar.ts).
 */
import { getCollection } from 'astro:content';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from '../shared/base-path.ts';
import { layoutMeta, pageLayout } from './page-layout.ts';
import { withoutRepeatedOverview } from './toc-overview.ts';
import {
  boundWriteupGroup, currentWriteupLinks, findWriteupGroup, sortedPagination,
} from './writeup-sidebar.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  if (route.toc !== undefined) route.toc.items = withoutRepeatedOverview(route.toc.items);
  const entry = route.entry as { rendered?: { html?: string } };
  const layout = pageLayout(entry.rendered?.html);
  if (layout !== undefined) route.head.push(layoutMeta(layout));
  const writeups = findWriteupGroup(route.sidebar, import.meta.env.BASE_URL);
  if (writeups) {
    // As Starlight lists pages: no hidden one, no draft in a build; labelled by `sidebar.label`.
    const entries = await getCollection('docs', (e) => e.id.startsWith('writeups/') &&
      !e.data.sidebar.hidden && !(import.meta.env.PROD && e.data.draft));
    currentWriteupLinks(writeups, entries.map((e) => ({ id: e.id,
      title: e.data.sidebar.label ?? e.data.title })),
      route.id, (id) => withBase(`/${id}/`, import.meta.env.BASE_URL));
    route.pagination = sortedPagination(route.pagination, boundWriteupGroup(writeups));
  }
});
