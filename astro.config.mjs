// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import {
  ingestRehypePlugins,
  ingestRemarkPlugins,
  rehypeCollectDiagnostics,
} from './src/ingest/index.ts';
import { pageFolderSidebarItems, writeupSidebarItems } from './src/loaders/entry-ids.ts';
import { writeupsFolder } from './src/loaders/writeups-folder.ts';
import { remarkBundleFiles } from './src/bundle/remark-bundle-files.ts';
import { courseSidebarItems } from './src/syllabus/sidebar-items.ts';
import { readRedirects } from './src/site/redirects.ts';
import { withBase } from './src/site/base-path.ts';
import { rehypeDockerfileFindings } from './src/render/rehype-dockerfile-findings.ts';
import { createShellChecker } from './src/dockerfile/shellcheck/run-shellcheck.ts';
import { rehypePracticeEvidence } from './src/practices/rehype-practice-evidence.ts';
import { rehypeBaseLinks } from './src/render/rehype-base-links.ts';
import { rehypeCopyLinks } from './src/render/rehype-copy-links.ts';
import { rehypeCopyLinkScript } from './src/render/rehype-copy-link-script.ts';
import { rehypeMermaidSvg } from './src/render/mermaid/rehype-mermaid-svg.ts';
import { rehypeDiagramStartScript } from './src/render/mermaid/rehype-diagram-start-script.ts';
import { rehypeCompare } from './src/compare/rehype-compare.ts';
import { rehypeCompareScript } from './src/compare/rehype-compare-script.ts';
import { rehypeWriteupTables } from './src/compare/rehype-writeup-tables.ts';
import { remarkCompareDirectives } from './src/compare/remark-compare-directives.ts';
import { remarkWalkthroughs } from './src/walkthrough/remark-walkthroughs.ts';
import { remarkFileTabs } from './src/render/remark-file-tabs.ts';
import { remarkCommandChecks } from './src/render/remark-command-checks.ts';
import { rehypeFileTabsScript } from './src/render/rehype-file-tabs-script.ts';
import { exampleSidebarItems } from './src/examples/sidebar-items.ts';
import { rehypeWalkthroughExcerpts } from './src/walkthrough/rehype-walkthrough-excerpts.ts';
import { rehypeWalkthroughScript } from './src/walkthrough/rehype-walkthrough-script.ts';
import { pyodideAssetsIntegration } from './src/examples/pyodide-assets-integration.ts';
import { CONTENT_SECURITY_POLICY } from './src/site/content-security-policy.ts';
import { subsetFontsIntegration } from './src/fonts/subset-fonts-integration.ts';
import { cohortIntegration, cohortPath } from './src/cohort/cohort-integration.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Where the guide is hosted: `/` by default, or a sub-path such as `/courses/docker/`. */
const base = process.env['SHIPSHAPE_BASE'] ?? '/';
// ShellCheck on the Dockerfile blocks' RUN scripts; without it, the build says so once.
const shellcheck = createShellChecker({ onUnavailable: (reason) =>
  console.warn(`shipshape: shell checks are off: ${reason}`) });

/**
 * The "Course" sidebar group (syllabus and lessons), when content/syllabus.yaml exists.
 * @param {ReturnType<typeof courseSidebarItems>} items
 */
function courseGroup(items) {
  return items.length === 0 ? [] : [{ label: 'Course', items }];
}

/**
 * A sidebar group of generated items, left out when there are none.
 * @param {string} label
 * @param {Array<{ slug: string }>} items
 */
function optionalGroup(label, items) {
  return items.length === 0 ? [] : [{ label, items }];
}

export default defineConfig({
  // The public address (`SHIPSHAPE_SITE=https://docs.example.org`): canonical links, the sitemap
  // and the addresses the PDFs print. Without one, none is made up (the PDFs print no address).
  ...(process.env['SHIPSHAPE_SITE'] ? { site: process.env['SHIPSHAPE_SITE'] } : {}),
  base,
  // Old addresses of renamed pages (content/redirects.json); each becomes a redirect page.
  // Astro does not put the base in front of a redirect's target.
  redirects: Object.fromEntries(
    readRedirects(`${root}content/redirects.json`).map((r) => [r.from, withBase(r.to, base)]),
  ),
  markdown: {
    processor: unified({
      // Text is what the author wrote: typographic replacement turned `--chown` and
      // `--no-cache-dir` in prose and tables into `—chown`, a command a student cannot copy.
      smartypants: false,
      remarkPlugins: [
        ...ingestRemarkPlugins,
        remarkBundleFiles,
        remarkWalkthroughs,
        remarkCompareDirectives,
        remarkFileTabs,
        remarkCommandChecks,
      ],
      rehypePlugins: [
        ...ingestRehypePlugins,
        rehypeMermaidSvg,
        rehypeCompare,
        rehypeWriteupTables,
        rehypeWalkthroughExcerpts,
        [rehypeDockerfileFindings, { shellcheck }],
        // After the findings step, whose panel ids name the blocks the matrix judges.
        rehypePracticeEvidence,
        rehypeWalkthroughScript,
        rehypeCompareScript,
        rehypeFileTabsScript,
        rehypeDiagramStartScript,
        rehypeCopyLinks,
        rehypeCopyLinkScript,
        [rehypeBaseLinks, { base }],
        rehypeCollectDiagnostics,
      ],
    }),
  },
  integrations: [
    starlight({
      title: 'shipshape',
      description: 'A guide to containerizing apps: Dockerfiles, base images, non-root users, ' +
        'layer caching and multi-stage builds.',
      markdown: { processedDirs: ['./content', writeupsFolder(root)] },
      // Writes the page title as text (a write-up's title is its author's heading).
      components: { Head: './src/components/Head.astro' },
      // Pages with a walkthrough drop their table of contents for the walkthrough's width; one
      // "Overview" in a page's table of contents (src/site/toc-overview.ts).
      routeMiddleware: [
        './src/walkthrough/route-middleware.ts',
        './src/site/route-middleware.ts',
      ],
      // The site's policy in every page, for hosts that send no header (see the module).
      head: [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy',
        content: CONTENT_SECURITY_POLICY } }],
      customCss: [
        './src/style/fonts.css',
        './src/style/guide.css',
        './src/style/wide-tables.css',
        './src/style/controls.css',
        './src/style/walkthrough.css',
        './src/style/course.css',
      ],
      sidebar: [
        { label: 'Start here', items: [{ label: 'About this guide', link: '/' }] },
        ...courseGroup(courseSidebarItems(root)),
        { label: 'Write-ups', items: writeupSidebarItems(root, writeupsFolder(root)) },
        ...optionalGroup('Walkthroughs',
          pageFolderSidebarItems(root, 'content/pages', 'walkthroughs')),
        { label: 'Examples', items: exampleSidebarItems(root) },
        {
          label: 'Dockerfile checks',
          items: [
            { label: 'Base images compared', link: '/compare/' },
            { label: 'Practices matrix', link: '/practices/' },
            { label: 'All rules', link: '/rules/' },
            { label: 'Silencing a finding', link: '/silencing-findings/' },
          ],
        },
        { label: 'For authors', items: [{ label: 'Ingest report', link: '/authors/report/' },
          { label: 'Cohort overview', link: `/${cohortPath()}` }] },
      ],
    }),
    pyodideAssetsIntegration(),
    subsetFontsIntegration(),
    cohortIntegration(),
  ],
});
