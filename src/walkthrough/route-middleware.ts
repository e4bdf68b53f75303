/**
 * Output stage, Starlight route middleware (`routeMiddleware` in astro.config.mjs): a page whose
 * rendered content holds a walkthrough (a page, a write-up or a lesson) has no table of contents,
 * neither the right-hand column nor the "On this page" bar, and walkthrough.css gives the freed
 * width to the walkthrough.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { hasWalkthrough } from './has-walkthrough.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const entry = route.entry as { rendered?: { html?: string } };
  if (hasWalkthrough(entry.rendered?.html)) route.toc = undefined;
});
