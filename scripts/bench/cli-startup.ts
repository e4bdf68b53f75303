/**
 * Bench helper: how long one `shipshape lint` call takes on a 200-instruction Dockerfile, from
 * process start to exit — the time a CI step or an editor hook waits. Several ways, alternating
 * run by run so background load hits all alike: Node alone (`node -e ''`, the floor), the
 * TypeScript sources (`src/cli/main.ts`, what the CLI ran before it was bundled: Node strips
 * the types of ~140 modules on every call) and the launcher with its bundle (`bin/shipshape.js`
 * → `.cache/cli/shipshape.cjs`, built first), the latter three times: with ShellCheck's report
 * cache empty (a fresh `XDG_CACHE_HOME` per call: ShellCheck analyses every script), warm (one
 * folder kept: no analysis) and with no `shellcheck` on the `PATH` (the call's floor). Target:
 * ≤ 150 ms (issue 13), for a cold call.
 *
 * Runs on its own too: `node scripts/bench/cli-startup.ts [runs]` prints the section.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { longDockerfile } from './dockerfile-engine.ts';
import { markdownTable } from './markdown-table.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TARGET_MS = 150;

export interface StartupTiming {
  label: string;
  command: string;
  medianMs: number;
  p95Ms: number;
  /** CPU time (user + system) of the process, median: what load on the machine does not add. */
  cpuMedianMs: number;
}

export interface CliStartupResult {
  runs: number;
  /** The machine's 1-minute load average before and after: wall times grow with it. */
  load: [number, number];
  instructions: number;
  timings: StartupTiming[];
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? NaN;
}

/** Loaded first into the timed process: prints its own CPU time to stderr as it exits. */
const CPU_HOOK = 'data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();' +
  'process.stderr.write(`\\ncpu-us ${u.user+u.system}\\n`)})';

/** Wall-clock and CPU time of one process, start to exit; throws when it fails to run. */
function timeProcess(args: readonly string[], env: NodeJS.ProcessEnv = process.env):
  { wall: number; cpu: number } {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', CPU_HOOK, ...args],
    { cwd: PROJECT_ROOT, encoding: 'utf8', env });
  const wall = performance.now() - start;
  // Exit 1 means findings (the file has some on purpose); anything else is a broken run.
  const cpu = /cpu-us (\d+)\n$/.exec(result.stderr);
  if ((result.status !== 0 && result.status !== 1) || cpu === null) {
    throw new Error(`\`node ${args.join(' ')}\` exited ${result.status}: ${result.stderr}`);
  }
  return { wall, cpu: Number(cpu[1]) / 1000 };
}

export function benchCliStartup(runs = 20): CliStartupResult {
  const instructions = 200;
  const folder = mkdtempSync(join(tmpdir(), 'shipshape-cli-'));
  const dockerfile = join(folder, 'Dockerfile');
  writeFileSync(dockerfile, longDockerfile(instructions));
  timeProcess(['bin/build-cli.mjs']);
  // ShellCheck's reports are kept between calls: a fresh folder per call is a cold one.
  let calls = 0;
  const cache = (name: string) => ({ ...process.env, XDG_CACHE_HOME: join(folder, name) });
  const cold = () => cache(`cold-${calls++}`);
  const ways = [
    { label: 'Node alone, no work', command: "node -e ''", args: ['-e', ''], env: cold },
    { label: 'TypeScript sources (before)', command: 'node src/cli/main.ts lint Dockerfile',
      args: ['src/cli/main.ts', 'lint', dockerfile], env: cold },
    { label: 'bundled (after), ShellCheck cache cold',
      command: 'node bin/shipshape.js lint Dockerfile', args: ['bin/shipshape.js', 'lint',
        dockerfile], env: cold },
    { label: 'bundled, ShellCheck cache warm', command: 'node bin/shipshape.js lint Dockerfile',
      args: ['bin/shipshape.js', 'lint', dockerfile], env: () => cache('warm') },
    // What the call costs without ShellCheck: the floor a warm call can reach.
    { label: 'bundled, no `shellcheck` on the PATH',
      command: 'PATH=/nonexistent node bin/shipshape.js lint Dockerfile',
      args: ['bin/shipshape.js', 'lint', dockerfile],
      env: () => ({ ...cold(), PATH: '/nonexistent' }) },
  ];
  const samples = ways.map(() => [] as number[]);
  const cpuSamples = ways.map(() => [] as number[]);
  const loadBefore = loadavg()[0] ?? NaN;
  try {
    for (const way of ways) timeProcess(way.args, way.env()); // warm the file cache
    for (let run = 0; run < runs; run++) {
      ways.forEach((way, i) => {
        const { wall, cpu } = timeProcess(way.args, way.env());
        samples[i]?.push(wall);
        cpuSamples[i]?.push(cpu);
      });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const timings = ways.map((way, i) => ({
    label: way.label, command: way.command,
    medianMs: percentile(samples[i] ?? [], 0.5), p95Ms: percentile(samples[i] ?? [], 0.95),
    cpuMedianMs: percentile(cpuSamples[i] ?? [], 0.5),
  }));
  return { runs, load: [loadBefore, loadavg()[0] ?? NaN], instructions, timings };
}

export function cliStartupSection(result: CliStartupResult): string {
  const rows = result.timings.map((t) => [t.label, `\`${t.command}\``,
    `${t.medianMs.toFixed(0)} ms`, `${t.p95Ms.toFixed(0)} ms`, `${t.cpuMedianMs.toFixed(0)} ms`]);
  const bundled = result.timings.find((t) => t.label.startsWith('bundled'));
  const verdict = bundled !== undefined && bundled.medianMs <= TARGET_MS
    ? 'within target' : '**over target**';
  return `## CLI startup\n\nOne \`shipshape lint\` call on a ${result.instructions}-instruction ` +
    `Dockerfile, process start to exit (median and 95th percentile of ${result.runs} runs each, ` +
    `alternating; machine above, 1-minute load average ${result.load[0].toFixed(1)} before and ` +
    `${result.load[1].toFixed(1)} after on its ${cpus().length} cores). ` +
    `Target ≤ ${TARGET_MS} ms for the bundled CLI: ${verdict}.\n\n` +
    `${markdownTable(['', 'command', 'median', 'p95', 'CPU, median'], rows)}\n\n` +
    'CPU is user + system time of the process (`process.cpuUsage()` at exit; ShellCheck\'s ' +
    'own processes are not in it): wall time on a loaded machine includes waiting for a core, ' +
    'CPU time does not. With `shellcheck` installed, a cold call analyses the file\'s 71 RUN ' +
    'scripts in parallel processes while the CLI lints; a warm one reads the reports kept in ' +
    '`$XDG_CACHE_HOME/shipshape/shellcheck`.\n\n' +
    'The bundle (`.cache/cli/shipshape.cjs`, one minified CommonJS script with its ' +
    'dependencies) is built by `npm install` (the `prepare` script) and rebuilt by ' +
    '`bin/shipshape.js` whenever a file it was built from is newer; it is never committed. ' +
    'The launcher keeps V8\'s code cache of a lint call beside it (`shipshape.cjs.v8`), so a ' +
    'call does not compile the parser and rules again.';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2] ?? 20);
  console.log(cliStartupSection(benchCliStartup(runs)));
}
