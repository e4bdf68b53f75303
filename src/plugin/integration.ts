/**
 * Plugin: the Astro side of shipshape — its pages (routes.ts), the redirects kept in the content,
 * and `virtual:shipshape/options`, through which the content collections (content.ts) read the
 * folders the plugin was given and the syllabus it read (src/syllabus/syllabus-source.ts; an edit
 * to that file restarts `astro dev`, which reads it again).
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { readRedirects } from '../site/redirects.ts';
import { withBase } from '../shared/base-path.ts';
import type { ShipshapeOptions } from './options.ts';
import { shipshapeRoutes } from './routes.ts';
import type { SyllabusSource } from '../syllabus/syllabus-source.ts';

const VIRTUAL = 'virtual:shipshape/options';

export function shipshapeIntegration(options: ShipshapeOptions,
  syllabus: SyllabusSource | undefined): AstroIntegration {
  return {
    name: 'shipshape',
    hooks: {
      'astro:config:setup': ({ config, injectRoute, updateConfig, addWatchFile }) => {
        for (const route of shipshapeRoutes(options)) {
          injectRoute({ pattern: route.pattern, entrypoint: route.entrypoint, prerender: true });
        }
        const root = fileURLToPath(config.root);
        if (options.features.course) addWatchFile(resolve(root, options.syllabus));
        // Astro does not put the base in front of a redirect's target.
        const redirects = readRedirects(resolve(root, options.redirects))
          .map((r) => [r.from, withBase(r.to, config.base)]);
        updateConfig({
          redirects: { ...Object.fromEntries(redirects), ...config.redirects },
          vite: { plugins: [{
            name: 'shipshape:options',
            resolveId: (id: string) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
            load: (id: string) => (id === `\0${VIRTUAL}`
              ? `export default ${JSON.stringify(options)};\n` +
                `export const syllabus = ${JSON.stringify(syllabus ?? null)};` : undefined),
          }] },
        });
      },
    },
  };
}
