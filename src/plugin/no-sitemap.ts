/**
 * Astro integration: without a public address (`site`, from `SHIPSHAPE_SITE`) there is no
 * sitemap. Starlight adds `@astrojs/sitemap` unless the site has an integration of that name,
 * and that integration then warns on every build that it "requires the `site` astro.config
 * option", pointing an author at a file shipshape's README never asks them to edit. This one
 * takes its name, so Starlight adds none, and says once, as information, what the guide lacks
 * without an address and which variable gives it one. With `site` set it is not added, and
 * Starlight's sitemap is made as before.
 */
import type { AstroIntegration } from 'astro';

/** The name Starlight looks for before it adds its own sitemap. */
export const SITEMAP_INTEGRATION = '@astrojs/sitemap';

export const NO_SITE_MESSAGE = 'no public address (SHIPSHAPE_SITE is unset): the guide has no ' +
  'sitemap.xml and no canonical links, and the PDFs print no address. Set ' +
  'SHIPSHAPE_SITE=https://your.host/ when you build the copy you deploy.';

export function noSitemapIntegration(): AstroIntegration {
  return {
    name: SITEMAP_INTEGRATION,
    hooks: {
      'astro:build:start': ({ logger }) => logger.info(NO_SITE_MESSAGE),
    },
  };
}
