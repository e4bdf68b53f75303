/**
 * Plugin: the Markdown steps shipshape adds to Astro's unified processor, in the order they run,
 * each with the reason it sits where it does. Adding a step is one line in one of these lists.
 * Starlight appends its own steps (asides, heading links) after these.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { ingestRehypePlugins, ingestTidyPlugins, rehypeCollectDiagnostics, remarkRepairSource }
  from '../ingest/index.ts';
import { rehypeCompare } from '../compare/rehype-compare.ts';
import { compareScript } from '../compare/rehype-compare-script.ts';
import { rehypeWriteupTables } from '../compare/rehype-writeup-tables.ts';
import { remarkCompareDirectives } from '../compare/remark-compare-directives.ts';
import { remarkWriteupClaims } from '../compare/remark-writeup-claims.ts';
import type { ShellChecker } from '../dockerfile/shellcheck/run-shellcheck.ts';
import { rehypePracticeEvidence } from '../practices/rehype-practice-evidence.ts';
import { rehypeBaseLinks } from '../render/rehype-base-links.ts';
import { rehypeCopyLinks } from '../render/rehype-copy-links.ts';
import { copyLinkScript } from '../render/rehype-copy-link-script.ts';
import { rehypeDockerfileFindings } from '../render/rehype-dockerfile-findings.ts';
import { fileTabsScript } from '../render/rehype-file-tabs-script.ts';
import { rehypeMermaidSvg } from '../render/mermaid/rehype-mermaid-svg.ts';
import { diagramStartScript } from '../render/mermaid/rehype-diagram-start-script.ts';
import { remarkCommandChecks } from '../render/remark-command-checks.ts';
import { remarkCommandFindings } from '../render/remark-command-findings.ts';
import { remarkFileTabs } from '../render/remark-file-tabs.ts';
import { rehypeWalkthroughExcerpts } from '../walkthrough/rehype-walkthrough-excerpts.ts';
import { walkthroughScript } from '../walkthrough/rehype-walkthrough-script.ts';
import { remarkWalkthroughs } from '../walkthrough/remark-walkthroughs.ts';
import { remarkBundleFiles } from '../bundle/remark-bundle-files.ts';
import { remarkExercises } from '../exercises/remark-exercises.ts';
import { rehypeInlineScripts } from '../shared/rehype-inline-script.ts';
import { rehypeRawOnlyWhenRaw } from '../shared/rehype-raw-when-needed.ts';

export interface StepSettings {
  /** The site's base path (`/` or `/courses/docker/`), for links written in content. */
  base: string;
  /** The base-image dataset, from the project root. */
  dataset: string;
  /** ShellCheck for RUN scripts, or undefined when it is not installed or switched off. */
  shellcheck: ShellChecker | undefined;
  /** Whether `/playground/` exists, so each Dockerfile block links to it (default: yes). */
  playground?: boolean | undefined;
}

export function remarkSteps(): RemarkPlugins {
  return [
    // Ingest first: repair the raw text (encoding, unclosed fences and HTML) and parse it once.
    remarkRepairSource,
    // Analyse the tree as parsed, before a step changes it: the write-up's claims, stored on its
    // entry for the pages that list them, and the command checks' findings (no stage parses the
    // write-up again).
    remarkWriteupClaims,
    remarkCommandFindings,
    // Ingest again: take the title from the first heading, even out heading levels, note missing
    // images, read code ranges — every later step reads the repaired tree and reports lines in
    // the author's file.
    ...ingestTidyPlugins,
    // A write-up folder's files (its Dockerfile, .dockerignore, app) join the page as blocks:
    // before walkthroughs, which walk the folder's Dockerfile, and before every later step.
    remarkBundleFiles,
    // Walkthroughs move explaining sections beside the whole Dockerfile: before file tabs wrap
    // code blocks into panels, which would hide the whole file from them.
    remarkWalkthroughs,
    // `::base-image-table` and friends become placeholders that rehype-compare fills.
    remarkCompareDirectives,
    // `::::exercise` is checked (start leaves a goal open, solution meets all) and laid out
    // before file tabs or findings touch its Dockerfile blocks.
    remarkExercises,
    remarkFileTabs,
    // Reports the command findings and places their notes where the blocks ended up.
    remarkCommandChecks,
  ];
}

export function rehypeSteps(settings: StepSettings): RehypePlugins {
  return [
    // Sanitize, make URLs safe, limit tables, anchor headings: nothing later sees raw HTML.
    ...ingestRehypePlugins,
    // Diagrams become SVG before anything counts the page's elements.
    rehypeMermaidSvg,
    [rehypeCompare, { dataset: settings.dataset }],
    [rehypeWriteupTables, { dataset: settings.dataset }],
    rehypeWalkthroughExcerpts,
    // Before Expressive Code, which reads the `mark={…}` this step adds to the meta.
    [rehypeDockerfileFindings, { shellcheck: settings.shellcheck,
      playground: settings.playground ?? true }],
    // After the findings step, whose panel ids name the blocks the matrix judges.
    rehypePracticeEvidence,
    rehypeCopyLinks,
    // The browser scripts: each inlined only on pages that hold its element, so after every
    // step that makes those elements; one walk of the page finds them all.
    [rehypeInlineScripts, [walkthroughScript, compareScript, fileTabsScript, diagramStartScript,
      copyLinkScript]],
    // After every step that makes links: one setting moves them all under the base.
    [rehypeBaseLinks, { base: settings.base }],
    // Changes no page: Astro's rehype-raw, after all of ours, parses a page again only if it
    // still holds raw HTML.
    rehypeRawOnlyWhenRaw,
    // Last of ours: hands every step's diagnostics back to the loader.
    rehypeCollectDiagnostics,
  ];
}
