/**
 * `npm run bench [-- --runs N]`: measures the shipshape build against a plain Starlight build of
 * the same write-ups and writes the results to `docs/benchmarks.md`.
 *
 * Both projects are built in a temp folder (a snapshot of this project, and a generated plain
 * Starlight project), N clean builds each, alternating so that background load hits both alike.
 * Page weights are measured on the last build of each. A failed build prints its output and
 * makes the bench exit non-zero. Helpers live in `scripts/bench/`.
 *
 * `npm run bench -- --scale [--n 5,50,200,1000] [--runs 2] [--pdf-timeout 600] [--report F]`
 * measures instead how the build grows with the number of write-ups (scripts/bench/scale.ts)
 * and rewrites only the page's scale section (of F, default the page above).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BuildError, timeCleanBuild } from './bench/build.ts';
import { compare, type ProjectResult } from './bench/compare.ts';
import { formatSeconds } from './bench/format.ts';
import { describeMachine } from './bench/machine.ts';
import { measurePages } from './bench/measure-pages.ts';
import { makePlainStarlight } from './bench/plain-starlight.ts';
import { buildSection, comparisonSection, machineSection, pagesSection, renderReport }
  from './bench/report.ts';
import { copyShipshape } from './bench/shipshape-copy.ts';
import { benchEngine, engineSection } from './bench/dockerfile-engine.ts';
import { benchCliStartup, cliStartupSection } from './bench/cli-startup.ts';
import { benchWalkthrough, walkthroughSection } from './bench/walkthrough.ts';
import { benchDiagramCache, diagramCacheSection } from './bench/diagram-cache.ts';
import { benchPdf, pdfSection } from './bench/pdf.ts';
import { benchRunHere, runHereSection } from './bench/run-here.ts';
import { benchFirstVisit, firstVisitSection } from './bench/first-visit.ts';
import { benchPlayground, playgroundSection } from './bench/playground.ts';
import { benchScale } from './bench/scale.ts';
import { SCALE_HEADING, scaleSection, withScaleSection } from './bench/scale-report.ts';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const REPORT_PATH = join(PROJECT_ROOT, 'docs', 'benchmarks.md');
/** Sections of the page measured by other runs (by hand, `npm run fuzz`): kept as they are. */
const KEPT_HEADINGS = ['## Linter on pathological inputs', '## Fuzz run',
  '## Dockerfile engine, measured by hand (issue 13)',
  '## Suppressions, ONBUILD, related findings (issue 13, lint-suppress)',
  '## Fonts before and after (issue 12)', "## Hadolint's own test suite (issue 13)",
  '## Near-duplicate write-ups (issue 14)', '## One parse per write-up (issue 15)',
  SCALE_HEADING, '## Scale notes (issue 15)', '## PDF in parts (issue 15, pdf15)'];

/** The kept sections of the current page, each up to the next `## ` heading. */
function keptSections(path: string): string {
  if (!existsSync(path)) return '';
  const sections = readFileSync(path, 'utf8').split(/^(?=## )/m);
  const kept = sections.filter((section) =>
    KEPT_HEADINGS.some((heading) => section.startsWith(`${heading}\n`)));
  return kept.length === 0 ? '' : `\n${kept.map((s) => s.trimEnd()).join('\n\n')}\n`;
}

interface Project {
  name: string;
  root: string;
  buildMs: number[];
}

interface Arguments {
  report: string;
  runs: number;
  scale: boolean;
  sizes: number[];
  pdfTimeoutMs: number;
}

function positiveInteger(name: string, value: string, zero = false): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < (zero ? 0 : 1)) {
    throw new Error(`${name} must be a ${zero ? 'whole number' : 'positive integer'}, ` +
      `got ${JSON.stringify(value)}`);
  }
  return number;
}

function readArguments(): Arguments {
  const { values } = parseArgs({ options: {
    runs: { type: 'string' },
    scale: { type: 'boolean', default: false },
    n: { type: 'string', default: '5,50,200,1000' },
    'pdf-timeout': { type: 'string', default: '600' },
    report: { type: 'string', default: REPORT_PATH },
  } });
  return {
    report: values.report,
    runs: positiveInteger('--runs', values.runs ?? (values.scale ? '2' : '5')),
    scale: values.scale,
    sizes: values.n.split(',').map((n) => positiveInteger('--n', n.trim())),
    pdfTimeoutMs: positiveInteger('--pdf-timeout', values['pdf-timeout'], true) * 1000,
  };
}

function revision(): string {
  const result = spawnSync('git', ['rev-parse', '--short', 'HEAD'],
    { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : 'an unknown revision';
}

async function scale(workspace: string, args: Arguments): Promise<void> {
  const machine = describeMachine();
  console.log(`${machineSection(machine)}\n\nScale bench in ${workspace}, N = ` +
    `${args.sizes.join(', ')}, ${args.runs} runs each…`);
  // The revision measured is the one copied now, not whatever HEAD is when the runs end.
  const measured = revision();
  const rows = await benchScale({ projectRoot: PROJECT_ROOT, sizes: args.sizes, runs: args.runs,
    pdfTimeoutMs: args.pdfTimeoutMs, workspace });
  const section = scaleSection(rows, machine, args.runs, measured);
  console.log(`\n${section}`);
  const page = existsSync(args.report) ? readFileSync(args.report, 'utf8') : '# Benchmarks\n';
  await writeFile(args.report, withScaleSection(page, section));
  console.log(`\nWrote ${args.report}`);
}

async function prepareProjects(workspace: string): Promise<Project[]> {
  const shipshape = await copyShipshape(PROJECT_ROOT, join(workspace, 'shipshape'));
  const writeups = join(shipshape, 'content', 'writeups');
  const plain = await makePlainStarlight(writeups, PROJECT_ROOT, join(workspace, 'plain'));
  return [
    { name: 'shipshape', root: shipshape, buildMs: [] },
    { name: 'plain Starlight', root: plain, buildMs: [] },
  ];
}

async function buildAll(projects: Project[], runs: number): Promise<void> {
  for (let run = 1; run <= runs; run++) {
    for (const project of projects) {
      const ms = await timeCleanBuild(project.root, `${project.name} build ${run}/${runs}`);
      project.buildMs.push(ms);
      console.log(`${project.name} build ${run}/${runs}: ${formatSeconds(ms)}`);
    }
  }
}

async function measure(project: Project): Promise<ProjectResult> {
  const { pages, missing } = await measurePages(join(project.root, 'dist'));
  return { name: project.name, buildMs: project.buildMs, pages, missing };
}

async function bench(workspace: string, runs: number): Promise<void> {
  const machine = describeMachine();
  console.log(`${machineSection(machine)}\n\nBuilding in ${workspace}, ${runs} runs each…`);
  const projects = await prepareProjects(workspace);
  await buildAll(projects, runs);
  const [shipshape, plain] = await Promise.all(projects.map(measure));
  if (!shipshape || !plain) throw new Error('expected two projects');
  const engine = await benchEngine(join(PROJECT_ROOT, 'src/dockerfile/lint.ts'));
  const cliStartup = benchCliStartup();
  const walkthrough = await benchWalkthrough(join(projects[0]?.root ?? '', 'dist'));
  const diagrams = await benchDiagramCache(projects[0]?.root ?? '');
  // On the last build above (astro build only; the bench times the PDF step on its own).
  const pdf = await benchPdf(join(projects[0]?.root ?? '', 'dist'));
  const runHere = await benchRunHere(join(projects[0]?.root ?? '', 'dist'));
  const firstVisit = await benchFirstVisit(join(projects[0]?.root ?? '', 'dist'),
    join(projects[1]?.root ?? '', 'dist'));
  const playground = await benchPlayground(join(projects[0]?.root ?? '', 'dist'));
  const results = {
    machine, runs, shipshape, plain, comparison: compare(shipshape, plain), engine, cliStartup,
    walkthrough, diagrams, pdf, runHere, firstVisit, playground,
  };
  for (const project of [shipshape, plain]) console.log(`\n${pagesSection(project)}`);
  console.log(`\n${buildSection(results)}\n\n${comparisonSection(results.comparison)}`);
  console.log(`\n${engineSection(engine)}\n\n${cliStartupSection(cliStartup)}`);
  console.log(`\n${walkthroughSection(walkthrough)}`);
  console.log(`\n${diagramCacheSection(diagrams)}\n\n${pdfSection(pdf)}`);
  console.log(`\n${runHereSection(runHere)}\n\n${firstVisitSection(firstVisit)}`);
  console.log(`\n${playgroundSection(playground)}`);
  await mkdir(dirname(REPORT_PATH), { recursive: true });
  await writeFile(REPORT_PATH, renderReport(results) + keptSections(REPORT_PATH));
  console.log(`\nWrote ${REPORT_PATH}`);
}

async function main(): Promise<void> {
  const args = readArguments();
  const workspace = await mkdtemp(join(tmpdir(), 'shipshape-bench-'));
  try {
    if (args.scale) await scale(workspace, args);
    else await bench(workspace, args.runs);
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  if (error instanceof BuildError) {
    console.error(`${error.output.trimEnd()}\n\nbench: ${error.message}`);
  } else {
    console.error('bench:', error);
  }
  process.exitCode = 1;
});
