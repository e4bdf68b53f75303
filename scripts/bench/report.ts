/**
 * Bench helper: renders the results as the Markdown page `docs/benchmarks.md` (machine, build
 * times, per-page weights of both builds, side-by-side comparison).
 */
import type { Comparison, ProjectResult } from './compare.ts';
import { formatBytes, formatMemory, formatRatio, formatSeconds } from './format.ts';
import type { Machine } from './machine.ts';
import { markdownTable } from './markdown-table.ts';
import { summarize } from './stats.ts';
import { engineSection, type EngineResult } from './dockerfile-engine.ts';
import { cliStartupSection, type CliStartupResult } from './cli-startup.ts';
import { walkthroughSection, type WalkthroughResult } from './walkthrough.ts';
import { diagramCacheSection, type DiagramCacheResult } from './diagram-cache.ts';
import { pdfSection, type PdfResult } from './pdf.ts';
import { runHereSection, type RunHereResult, type RunHereSkipped } from './run-here.ts';
import { firstVisitSection, type FirstVisitResult } from './first-visit.ts';
import { playgroundSection, type PlaygroundResult, type PlaygroundSkipped }
  from './playground.ts';

export interface Results {
  machine: Machine;
  runs: number;
  shipshape: ProjectResult;
  plain: ProjectResult;
  comparison: Comparison;
  engine: EngineResult;
  cliStartup: CliStartupResult;
  walkthrough: WalkthroughResult;
  diagrams: DiagramCacheResult;
  pdf: PdfResult;
  runHere: RunHereResult | RunHereSkipped;
  firstVisit: FirstVisitResult;
  playground: PlaygroundResult | PlaygroundSkipped;
}

const INTRO = `# Benchmarks

What the shipshape build costs, next to a plain Starlight build of the same five write-ups.

- **Build time**: wall-clock time of \`astro build\` (including Pagefind indexing), each run from
  a clean state: no \`dist/\`, no \`.astro/\`, no Astro or Vite cache. The bench builds copies of
  the project in a temp folder, never the working tree.
- **Page weight**: for every HTML page in \`dist/\`, the gzipped size (\`node:zlib\`, level 9) of
  the HTML, of the CSS it links (\`<link rel="stylesheet">\`) and of the JS it loads
  (\`<script src>\` and inline module scripts, with their static imports followed recursively;
  on-demand \`import()\` such as the search UI is not counted). Each file counts once per page.
  Fonts, images and dynamically imported scripts are not counted here: a browser decides
  them (a font by the characters a page shows), so they are measured in Chromium, per page,
  in "First visit, in Chromium" below, with Lighthouse.
- **Plain Starlight**: \`starlight({ title: 'plain' })\` with Astro's default Markdown processor,
  no Markdown options, no custom CSS, \`docsLoader()\`/\`docsSchema()\`, and the write-ups copied
  to \`src/content/docs/writeups/\` with their file name prepended as front matter \`title\`
  (plus a 1×1 placeholder for each missing image, which plain Astro would fail the build on).

Re-run with \`npm run bench\` (or \`npm run bench -- --runs 10\`); it rewrites this page,
keeping the sections measured by hand (the linter on pathological inputs, the fuzz run).
`;

export function machineSection(machine: Machine): string {
  const rows = [
    ['CPU', machine.cpu],
    ['Cores (logical)', String(machine.cores)],
    ['Memory', formatMemory(machine.memoryBytes)],
    ['OS', machine.os],
    ['Node', machine.node],
    ['Date', machine.date],
  ];
  return `## Machine\n\n${markdownTable(['', 'value'], rows, ['left', 'left'])}`;
}

export function buildSection(results: Results): string {
  const rows = [results.shipshape, results.plain].map((project) => {
    const times = summarize(project.buildMs);
    return [project.name, formatSeconds(times.median), formatSeconds(times.min),
      formatSeconds(times.max), project.buildMs.map(formatSeconds).join(', ')];
  });
  const table = markdownTable(['project', 'median', 'min', 'max', 'runs'], rows);
  return `## Build time (${results.runs} clean builds each)\n\n${table}`;
}

export function pagesSection(project: ProjectResult): string {
  const rows = project.pages.map((page) =>
    [page.page, ...[page.html, page.css, page.js, page.total].map(formatBytes)],
  );
  const table = markdownTable(['page', 'HTML', 'CSS', 'JS', 'total'], rows);
  const missing = project.missing.length === 0 ? '' :
    `\n\nReferences to files missing from \`dist/\` (not counted): ` +
    project.missing.map((ref) => `\`${ref}\``).join(', ');
  return `## Page weight, ${project.name} (gzipped)\n\n${table}${missing}`;
}

export function comparisonSection(comparison: Comparison): string {
  const rows = comparison.metrics.map((metric) => {
    const format = metric.kind === 'ms' ? formatSeconds : formatBytes;
    return [metric.label, format(metric.shipshape), format(metric.plain),
      formatRatio(metric.shipshape, metric.plain)];
  });
  const header = ['metric', 'shipshape', 'plain Starlight', 'ratio (shipshape/plain)'];
  const note = `Write-up pages compared: ${comparison.matched.length}, from the last build of ` +
    `each project;\nbuild-time differences within the min–max spread above are noise` +
    (comparison.unmatched.length === 0 ? '.' :
      `; in one build only (left out): ${comparison.unmatched.join(', ')}.`);
  return `## shipshape vs plain Starlight\n\n${markdownTable(header, rows)}\n\n${note}`;
}

export function renderReport(results: Results): string {
  const sections = [
    INTRO.trimEnd(),
    machineSection(results.machine),
    buildSection(results),
    comparisonSection(results.comparison),
    firstVisitSection(results.firstVisit),
    engineSection(results.engine),
    cliStartupSection(results.cliStartup),
    walkthroughSection(results.walkthrough),
    diagramCacheSection(results.diagrams),
    pdfSection(results.pdf),
    runHereSection(results.runHere),
    playgroundSection(results.playground),
    pagesSection(results.shipshape),
    pagesSection(results.plain),
  ];
  return `${sections.join('\n\n')}\n`;
}
