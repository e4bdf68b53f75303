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
import { readSyllabusSource, type SyllabusSource } from '../syllabus/syllabus-source.ts';
import { starlightRouteKeys } from './starlight-route-keys.ts';
import { lookAgain } from '../shared/look-again.ts';
import { setHtmlOutsideStore } from '../shared/html-outside-store.ts';

const VIRTUAL = 'virtual:shipshape/options';

/**
 * `syllabus`: the syllabus as the plugin read it when the course is on (undefined: no course,
 * or no syllabus; `course` says which).
 */
export function shipshapeIntegration(options: ShipshapeOptions, course: boolean,
  syllabus: SyllabusSource | undefined): AstroIntegration {
  let root = '';
  return {
    name: 'shipshape',
    hooks: {
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        if (!course || refreshContent === undefined) return;
        // An edit to the syllabus in `astro dev`: read it again and hand the new text to the
        // loaders (`refreshContextData`), which compose the course again; the restart that
        // `addWatchFile` asks for makes the sidebar again from the same text.
        const path = resolve(root, options.syllabus);
        server.watcher.add(path);
        const reread = () => {
          lookAgain(path, reread);
          const source = readSyllabusSource(root, options.syllabus);
          refreshContent({ context: { syllabus: source ?? null } }).catch((error: unknown) => {
            logger.error(error instanceof Error ? error.message : String(error));
          });
        };
        server.watcher.on('all', (_event, changed) => {
          if (resolve(changed) === path) reread();
        });
      },
      'astro:config:setup': ({ config, command, injectRoute, updateConfig, addWatchFile }) => {
        root = fileURLToPath(config.root);
        // shipshape serves Starlight's docs route only to `astro build` (below); that route reads
        // the write-ups' HTML from files, so only then does the loader move it out of the store.
        const keyedDocsRoute = command === 'build' && Boolean(config.experimental.incrementalBuild);
        setHtmlOutsideStore(keyedDocsRoute);
        for (const route of shipshapeRoutes(options, root)) {
          injectRoute({ pattern: route.pattern, entrypoint: route.entrypoint, prerender: true });
        }
        if (course) addWatchFile(resolve(root, options.syllabus));
        // Astro does not put the base in front of a redirect's target.
        const redirects = readRedirects(resolve(root, options.redirects))
          .map((r) => [r.from, withBase(r.to, config.base)]);
        updateConfig({
          redirects: { ...Object.fromEntries(redirects), ...config.redirects },
          vite: { plugins: [
            // Keys for Starlight's pages, so an incremental build skips the unchanged ones
            // (`astro dev` renders what it is asked for and needs none).
            ...(keyedDocsRoute ? [starlightRouteKeys()] : []),
            {
              name: 'shipshape:options',
              resolveId: (id: string) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
              load: (id: string) => (id === `\0${VIRTUAL}`
                ? `export default ${JSON.stringify(options)};\n` +
                  `export const syllabus = ${JSON.stringify(syllabus ?? null)};` : undefined),
            },
          ] },
        });
      },
    },
  };
}
