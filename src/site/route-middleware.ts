/**
 * Site stage, Starlight route middleware (`routeMiddleware` in astro.config.mjs): adjusts the
 * route data Starlight computed for a page before it renders: one "Overview" in the table of
 * contents (toc-overview.ts); the page's layout marker in its head (page-layout.ts); the
 * write-ups' sidebar group made from the write-ups there are now, sorted and, when long, cut
 * into runs (writeup-sidebar.ts), the cohort overview (when the site has one) named as the page
 * that lists them all.
 */
import { getCollection } from 'astro:content';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from '../shared/base-path.ts';
import { layoutMeta, pageLayout } from './page-layout.ts';
import { withoutRepeatedOverview } from './toc-overview.ts';
import options from 'virtual:shipshape/options';
import { cohortPath } from '../cohort/cohort-integration.ts';
import {
  findWriteupGroup, orderWriteups, writeupEntries, writeupPagination, type WriteupIndex,
  type WriteupOrder,
} from './writeup-sidebar.ts';

const index = (base: string): WriteupIndex | undefined => options.features.cohort
  ? { href: withBase(`/${cohortPath(options.cohort)}`, base) }
  : undefined;

/**
 * The write-ups the sidebar lists, as Starlight lists pages: no hidden one, no draft in a build;
 * labelled by `sidebar.label`, placed by `sidebar.order`; sorted and cut into runs. Made once
 * per build (every page asks; at 1,000 write-ups a read and a sort per page is a million
 * entries), and on every request in `astro dev`, where they change.
 */
let ordered: Promise<WriteupOrder> | undefined;
function writeupOrder(): Promise<WriteupOrder> {
  const read = async () => orderWriteups((await getCollection('docs', (e) =>
    e.id.startsWith('writeups/') && !e.data.sidebar.hidden &&
    !(import.meta.env.PROD && e.data.draft)))
    .map((e) => ({ id: e.id, title: e.data.sidebar.label ?? e.data.title,
      order: e.data.sidebar.order })), (id) => withBase(`/${id}/`, import.meta.env.BASE_URL));
  if (!import.meta.env.PROD) return read();
  ordered ??= read();
  return ordered;
}

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  if (route.toc !== undefined) route.toc.items = withoutRepeatedOverview(route.toc.items);
  const entry = route.entry as { rendered?: { html?: string } };
  const layout = pageLayout(entry.rendered?.html);
  if (layout !== undefined) route.head.push(layoutMeta(layout));
  const writeups = findWriteupGroup(route.sidebar, import.meta.env.BASE_URL);
  if (writeups) {
    const order = await writeupOrder();
    writeups.entries = writeupEntries(order, route.id, index(import.meta.env.BASE_URL));
    route.pagination = writeupPagination(route.pagination, order, route.id);
  }
});
