/**
 * Plugin: shipshape as a Starlight plugin, `starlight({ plugins: [shipshape({ … })] })`. It
 * adds the Markdown steps (markdown-steps.ts, in order), the pages (routes.ts), the sidebar groups
 * (sidebar.ts), the styles, the head, the route middleware and the integrations (Pyodide assets,
 * font subsetting). Options are validated when Astro loads its config (options.ts).
 */
import { fileURLToPath } from 'node:url';
import { isUnifiedProcessor } from '@astrojs/markdown-remark';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { createShellChecker } from '../dockerfile/shellcheck/run-shellcheck.ts';
import { pyodideAssetsIntegration } from '../examples/pyodide-assets-integration.ts';
import { subsetFontsIntegration } from '../fonts/subset-fonts-integration.ts';
import { noSitemapIntegration } from './no-sitemap.ts';
import { WHOLE_FONTS_CSS } from '../fonts/whole-text-faces.ts';
import { cohortIntegration } from '../cohort/cohort-integration.ts';
import { ownWriteups, writeupsFolder } from '../loaders/writeups-folder.ts';
import { CONTENT_SECURITY_POLICY } from '../site/content-security-policy.ts';
import { shipshapeIntegration } from './integration.ts';
import { rehypeSteps, remarkSteps } from './markdown-steps.ts';
import {
  parseOptions, ShipshapeOptionsError, type ResolvedOptions, type ShipshapeUserOptions,
} from './options.ts';
import { sidebarGroups } from './sidebar.ts';
import { readSyllabusSource } from '../syllabus/syllabus-source.ts';

export type { ShipshapeOptions, ShipshapeUserOptions } from './options.ts';
export { ShipshapeOptionsError } from './options.ts';

const file = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** The stylesheets, in cascade order: fonts, the guide's base, then each feature's. With
 * `wholeFonts`, the rules of the whole text font files (where no build cuts them: a build that
 * does writes the rules into each page itself, src/fonts/whole-text-faces.ts). */
const styles = (wholeFonts: boolean): string[] => [file('style/fonts.css'),
  ...(wholeFonts ? [WHOLE_FONTS_CSS] : []), ...['guide.css', 'wide-tables.css', 'controls.css',
    'walkthrough.css', 'course.css', 'exercises.css'].map((name) => file(`style/${name}`))];

const ROUTE_MIDDLEWARE = [
  // Pages with a walkthrough drop their table of contents for the walkthrough's width.
  'walkthrough/route-middleware.ts',
  // One "Overview" in a page's table of contents (src/site/toc-overview.ts).
  'site/route-middleware.ts',
];

export default function shipshape(userOptions?: ShipshapeUserOptions): StarlightPlugin {
  const parsed = parseOptions(userOptions);
  return {
    name: 'shipshape',
    hooks: {
      'config:setup'({ config, astroConfig, command, updateConfig, addIntegration,
        addRouteMiddleware, logger }) {
        const processor = astroConfig.markdown.processor;
        if (!isUnifiedProcessor(processor)) {
          throw new ShipshapeOptionsError(`shipshape needs Astro's unified Markdown processor; ` +
            `found \`${processor.name}\`. Set \`markdown: { processor: unified() }\` ` +
            "(from '@astrojs/markdown-remark') in astro.config.mjs, or remove that setting.");
        }
        if (config.components?.Head !== undefined) {
          throw new ShipshapeOptionsError('shipshape replaces Starlight\'s `Head` component (it ' +
            'writes the page title as text); found `components.Head` in the Starlight config. ' +
            'Remove it, or render src/components/Head.astro from yours.');
        }
        const root = fileURLToPath(astroConfig.root);
        // The write-ups' folder, absolute: the option, or the folder SHIPSHAPE_CONTENT names.
        const options: ResolvedOptions = { ...parsed,
          writeups: writeupsFolder(root, process.env, parsed.writeups),
          ownWriteups: ownWriteups(root, process.env, parsed.writeups) };
        // The syllabus, read here once for the sidebar and the course loader (a guide built
        // from another folder of write-ups has no course: its lessons name our write-ups).
        const course = options.features.course && options.ownWriteups;
        const syllabus = course ? readSyllabusSource(root, options.syllabus) : undefined;
        // ShellCheck on the Dockerfile blocks' RUN scripts; without it, the build says so once.
        const shellcheck = options.features.shellcheck
          ? createShellChecker({ onUnavailable: (reason) =>
            logger.warn(`shell checks are off: ${reason}`) })
          : undefined;
        // Before Starlight's own steps, which it appends after the plugins have run.
        processor.options.remarkPlugins.push(...remarkSteps());
        processor.options.rehypePlugins.push(...rehypeSteps({ base: astroConfig.base,
          dataset: options.dataset, shellcheck, playground: options.features.playground }));
        // Text is what the author wrote: typographic replacement turned `--chown` and
        // `--no-cache-dir` in prose and tables into `—chown`, a command a student cannot copy.
        processor.options.smartypants = false;
        updateConfig({
          markdown: { ...config.markdown, processedDirs: [...(config.markdown?.processedDirs ?? []),
            './content', `./${options.pages}`, options.writeups] },
          // Writes the page title as text (a write-up's title is its author's heading).
          components: { ...config.components, Head: file('components/Head.astro') },
          // The site's policy in every page, for hosts that send no header (see the module).
          head: [...(config.head ?? []), { tag: 'meta', attrs: {
            'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY } }],
          customCss: [...(config.customCss ?? []),
            ...styles(command !== 'build' || !options.features.subsetFonts)],
          sidebar: [...(config.sidebar ?? []), ...sidebarGroups(root, options, syllabus)],
        });
        for (const entrypoint of ROUTE_MIDDLEWARE) {
          addRouteMiddleware({ entrypoint: file(entrypoint) });
        }
        addIntegration(shipshapeIntegration(options, course, syllabus));
        if (options.features.examples) addIntegration(pyodideAssetsIntegration(options.examples));
        if (options.features.subsetFonts) addIntegration(subsetFontsIntegration());
        if (options.features.cohort) addIntegration(cohortIntegration(options.cohort));
        // No address, no sitemap: said once, instead of Starlight's sitemap warning each build.
        if (astroConfig.site === undefined) addIntegration(noSitemapIntegration());
      },
    },
  };
}
