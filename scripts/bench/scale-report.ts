/**
 * Bench helper (scale, issue 15): renders the scale bench's results (scale.ts) as the section
 * `## Scale (issue 15)` of `docs/benchmarks.md`, and puts that section into the page in place
 * of the previous one. Pure.
 */
import type { BuildMeasure } from './build.ts';
import { formatRatio, formatSeconds } from './format.ts';
import type { Machine } from './machine.ts';
import { markdownTable } from './markdown-table.ts';
import type { ScaleRow } from './scale.ts';
import { summarize } from './stats.ts';

export const SCALE_HEADING = '## Scale (issue 15)';

const median = (values: readonly number[]) => summarize(values).median;
const wall = (builds: readonly BuildMeasure[]) => median(builds.map((b) => b.wallMs));

function optional(values: ReadonlyArray<number | undefined>, format: (v: number) => string):
  string {
  const known = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  return known.length === 0 ? 'unknown' : format(median(known));
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const cpu = (builds: readonly BuildMeasure[]) =>
  median(builds.flatMap((b) => b.cpuMs === undefined ? [] : [b.cpuMs]));

/**
 * Seconds per write-up between this N and the previous one, by median wall time (or CPU time:
 * on a shared machine the wall time mostly measures the other builds).
 */
function marginal(rows: readonly ScaleRow[], index: number,
  pick: (row: ScaleRow) => readonly BuildMeasure[],
  measure: (builds: readonly BuildMeasure[]) => number = wall): string {
  const row = rows[index]!;
  const before = rows[index - 1];
  if (before === undefined) return '–';
  const perWriteup = (measure(pick(row)) - measure(pick(before))) / (row.n - before.n);
  return Number.isFinite(perWriteup) ? `${(perWriteup / 1000).toFixed(3)} s` : 'unknown';
}

function buildTable(rows: readonly ScaleRow[]): string {
  const body = rows.map((row, i) => [
    String(row.n),
    formatSeconds(wall(row.shipshape.clean)),
    formatSeconds(wall(row.plain.clean)),
    formatRatio(wall(row.shipshape.clean), wall(row.plain.clean)),
    optional(row.shipshape.clean.map((b) => b.cpuMs), formatSeconds),
    optional(row.plain.clean.map((b) => b.cpuMs), formatSeconds),
    marginal(rows, i, (r) => r.shipshape.clean),
    marginal(rows, i, (r) => r.plain.clean),
    marginal(rows, i, (r) => r.shipshape.clean, cpu),
    marginal(rows, i, (r) => r.plain.clean, cpu),
    row.load.toFixed(1),
  ]);
  return markdownTable(['N', 'shipshape wall', 'plain wall', 'ratio', 'shipshape CPU',
    'plain CPU', 'shipshape per write-up', 'plain per write-up', 'shipshape CPU per write-up',
    'plain CPU per write-up', 'load before'], body);
}

function outputTable(rows: readonly ScaleRow[]): string {
  const body = rows.map((row) => [
    String(row.n),
    optional(row.shipshape.clean.map((b) => b.peakRssBytes), mib),
    optional(row.plain.clean.map((b) => b.peakRssBytes), mib),
    mib(row.shipshape.distBytes),
    mib(row.plain.distBytes),
    kib(row.shipshape.pageBytes),
    kib(row.plain.pageBytes),
    kib(row.shipshape.maxPageBytes),
    kib(row.plain.maxPageBytes),
    `${kib(row.shipshape.largestPage.bytes)} \`${row.shipshape.largestPage.path}\``,
  ]);
  return markdownTable(['N', 'shipshape peak memory', 'plain peak memory', 'shipshape dist/',
    'plain dist/', 'shipshape page', 'plain page', 'shipshape largest page',
    'plain largest page', 'shipshape largest page anywhere'], body);
}

function warmTable(rows: readonly ScaleRow[]): string {
  const cpuRatio = (warm: BuildMeasure, clean: readonly BuildMeasure[]) => {
    const cleanCpu = cpu(clean);
    return warm.cpuMs === undefined || !Number.isFinite(cleanCpu) ? 'unknown'
      : formatRatio(warm.cpuMs, cleanCpu);
  };
  const body = rows.map((row) => [String(row.n),
    formatSeconds(row.shipshape.warm.wallMs),
    formatRatio(row.shipshape.warm.wallMs, wall(row.shipshape.clean)),
    optional([row.shipshape.warm.cpuMs], formatSeconds),
    cpuRatio(row.shipshape.warm, row.shipshape.clean),
    formatSeconds(row.plain.warm.wallMs),
    formatRatio(row.plain.warm.wallMs, wall(row.plain.clean)),
    optional([row.plain.warm.cpuMs], formatSeconds),
    cpuRatio(row.plain.warm, row.plain.clean)]);
  return markdownTable(['N', 'shipshape warm', '× clean (wall)', 'CPU', '× clean (CPU)',
    'plain warm', '× clean (wall)', 'CPU', '× clean (CPU)'], body);
}

function pdfTable(rows: readonly ScaleRow[]): string {
  const body = rows.map((row) => {
    const pdf = row.pdf;
    if (pdf === undefined) return [String(row.n), 'not run', '', ''];
    if ('failure' in pdf) {
      // The first clause says what failed; the rest (advice) is in the bench's output.
      return [String(row.n), formatSeconds(pdf.ms), 'failed', pdf.failure.split(' — ')[0]!];
    }
    return [String(row.n), formatSeconds(pdf.ms), String(pdf.pages),
      `${(pdf.ms / 1000 / pdf.pages).toFixed(2)} s`];
  });
  return markdownTable(['N', '`scripts/pdf.ts`', 'guide pages', 'per page'], body);
}

/** The whole section, with how it was measured and on what machine. */
export function scaleSection(rows: readonly ScaleRow[], machine: Machine, runs: number,
  revision: string): string {
  return `${SCALE_HEADING}

\`npm run bench -- --scale [--n 5,50] [--runs 2] [--pdf-timeout 600]\` (scripts/bench/scale.ts):
for each N, N write-ups are generated from the guide's own (the \`.md\` files and the folder
write-up in turn, each copy with its own title, an author's sentence and another Python image;
scripts/bench/scale-corpus.ts) and built by shipshape (\`SHIPSHAPE_CONTENT\`, so without the
course) and by plain Starlight, alternately, ${runs === 1 ? 'one clean build' : `${runs} clean
builds`} each (medians shown). CPU is user + system time of the build and the processes it
waited for, peak memory the largest resident set among them (GNU time). "Page" is the first
write-up's HTML, "largest page" the largest write-up page, "anywhere" the largest HTML page of
shipshape's site (pages that list every write-up grow with N).
The warm rebuild follows the last clean build, after one line is added to one write-up. The PDF
step (\`scripts/pdf.ts\`, guide and lessons) runs on shipshape's last clean build, with a time
limit. Measured at ${revision} on ${machine.date.slice(0, 10)}: ${machine.cpu}, ${machine.cores}
cores, Node ${machine.node}. The load average before each N is in the first table (two cores:
the builds' own load is about 1 to 2.5): absolute times are noisy, ratios less so.

### Build time

${buildTable(rows)}

### Memory and size

${outputTable(rows)}

### Warm rebuild after editing one write-up

${warmTable(rows)}

### PDF

${pdfTable(rows)}
`;
}

/**
 * `page` with its scale section replaced by `section` (or `section` appended): the section runs
 * from its heading to the next `## ` heading.
 */
export function withScaleSection(page: string, section: string): string {
  const parts = page.split(/^(?=## )/m);
  const at = parts.findIndex((part) => part.startsWith(`${SCALE_HEADING}\n`));
  const body = `${section.trimEnd()}\n`;
  if (at === -1) return `${page.trimEnd()}\n\n${body}`;
  parts[at] = at === parts.length - 1 ? body : `${body}\n`;
  return parts.join('');
}
