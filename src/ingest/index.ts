/**
 * Ingest stage: the Markdown plugins that let raw write-ups render as they are. `index.ts` only
 * gathers them in pipeline order for `astro.config.mjs`.
 */
import { rehypeCollectDiagnostics } from './rehype-collect-diagnostics.ts';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';
import { rehypeLimitTables } from './rehype-limit-tables.ts';
import { rehypeMissingImages } from './rehype-missing-images.ts';
import { rehypeSafeUrls } from './rehype-safe-urls.ts';
import { rehypeSanitizeHtml } from './rehype-sanitize-html.ts';
import { remarkCodeLanguages } from './remark-code-languages.ts';
import { remarkCodeRanges } from './remark-code-ranges.ts';
import { remarkHeadingLevels } from './remark-heading-levels.ts';
import { remarkMissingImages } from './remark-missing-images.ts';
import { remarkRepairSource } from './remark-repair-source.ts';
import { remarkTitleFromHeading } from './remark-title-from-heading.ts';

/**
 * The ingest steps after the parse (`remarkRepairSource`): they change the tree (take the title,
 * even out headings), so the analyse steps that read the tree as parsed sit before them.
 */
export const ingestTidyPlugins = [
  remarkTitleFromHeading,
  remarkHeadingLevels,
  remarkMissingImages,
  remarkCodeLanguages,
  remarkCodeRanges,
];
export { remarkRepairSource };
export const ingestRemarkPlugins = [remarkRepairSource, ...ingestTidyPlugins];
/** Rehype steps of the ingest stage; render steps follow them in the config. */
export const ingestRehypePlugins = [
  rehypeSanitizeHtml,
  rehypeSafeUrls,
  rehypeLimitTables,
  rehypeMissingImages,
  rehypeHeadingAnchors,
];

/** Must run after every step that reports diagnostics (ingest and render). */
export { rehypeCollectDiagnostics };
