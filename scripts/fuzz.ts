/**
 * Fuzz run (`npm run fuzz`): mutates the Dockerfiles and Markdown write-ups of the repository
 * (byte flips, duplicated lines, deep nesting, huge lines, instruction soup, random bytes;
 * unclosed fences, comments and HTML, huge tables, control characters, mojibake) and runs each
 * input through the Dockerfile engine's `lint` and through the Markdown chain the site uses
 * (remark-parse → ingest remark plugins → remark-rehype → ingest rehype plugins → the
 * Dockerfile findings plugin → rehype-stringify), in worker threads. A worker that runs past the
 * time limit on one input is terminated and the input counted as a hang; an exception is an
 * internal error.
 * The RNG is seeded, so `--seed S --only N` replays input N.
 *
 *   npm run fuzz -- [--count 2000] [--seed 1] [--timeout 20000] [--only N]
 *
 * Exits 1 when any input crashed or hung. `runFuzz` is what the unit test calls (200 inputs).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { seededRandom } from './seeded-random.ts';

const ROOT = join(import.meta.dirname, '..');

export interface FuzzInput {
  /** Index in the run; with the seed, enough to make it again. */
  index: number;
  kind: 'dockerfile' | 'markdown';
  mutation: string;
  text: string;
}

export interface FuzzFailure {
  index: number;
  kind: FuzzInput['kind'];
  mutation: string;
  /** First lines of the stack, or `hang (> N ms)`. */
  problem: string;
}

export interface FuzzReport {
  seed: number;
  inputs: number;
  byKind: Record<FuzzInput['kind'], number>;
  crashes: FuzzFailure[];
  hangs: FuzzFailure[];
  /** Slowest input of each kind, in ms of CPU time (a hang counts as the wall-clock limit). */
  maxMs: Record<FuzzInput['kind'], { ms: number; index: number; mutation: string }>;
  totalMs: number;
}

interface Pick {
  int(max: number): number;
  one<T>(list: readonly T[]): T;
}

function picker(random: () => number): Pick {
  const int = (max: number) => Math.floor(random() * max);
  return { int, one: (list) => list[int(list.length)] as (typeof list)[number] };
}

const KEYWORDS = ['FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY',
  'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK',
  'SHELL', 'from', 'Run', 'COPPY', '# escape=`', '# syntax=docker/dockerfile:1', '#'];
const PIECES = ['alpine', 'ubuntu:24.04', 'AS build', '--from=build', '--mount=type=cache',
  '$A', '${A:-x}', '${A:+${B}}', '"', "'", '\\', '`', '&&', '||', ';', '|', '<<EOF', '<<-"E"',
  'EOF', '[', ']', '["sh", "-c"]', '{', '}', '$(', ')', '(', 'apt-get install -y curl',
  'pip install flask', 'apk add --no-cache git', 'cd /app', 'sudo', '=', 'NAME=value', '8080',
  '99999', '/app', '.', '*', '\t', ' ', '🐳', 'é', '\u0000', '\u001b[31m', '\r', '\uFFFD'];
const NESTERS: ReadonlyArray<[string, string]> = [['${a:-', '}'], ['$( echo ', ' )'],
  ['"$(echo ', ')"'], ['( ', ' )'], ['{ ', '; }'], ['$((', '))'], ['`echo ', '`'], ['[', ']']];

function randomChars(pick: Pick, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += String.fromCharCode(1 + pick.int(255));
  return out;
}

/** A random character that tends to matter to a parser. */
function nastyChar(pick: Pick): string {
  return pick.one(['\\', '$', '{', '}', '<', '"', "'", '`', '\n', '\r', '#', '[', ']', '\t',
    ' ', '\u0000', '\u0085', '\u2028', '\uFEFF', '\uD83D', 'é',
    String.fromCharCode(pick.int(256))]);
}

function flipChars(pick: Pick, text: string): string {
  const chars = [...text];
  const flips = 1 + pick.int(Math.max(1, chars.length / 20));
  for (let i = 0; i < flips && chars.length > 0; i++) {
    chars[pick.int(chars.length)] = nastyChar(pick);
  }
  return chars.join('');
}

function insertLine(pick: Pick, text: string, line: string): string {
  const lines = text.split('\n');
  lines.splice(pick.int(lines.length + 1), 0, line);
  return lines.join('\n');
}

function duplicateLine(pick: Pick, text: string, times: number): string {
  const lines = text.split('\n');
  const at = pick.int(lines.length);
  lines.splice(at, 0, ...Array.from({ length: times }, () => lines[at] ?? ''));
  return lines.join('\n');
}

function nested(pick: Pick, depth: number): string {
  const [open, close] = pick.one(NESTERS);
  return open.repeat(depth) + 'x' + close.repeat(depth);
}

const DOCKERFILE_MUTATIONS: Record<string, (pick: Pick, seed: string) => string> = {
  'char flips': (pick, seed) => flipChars(pick, seed),
  'line duplication': (pick, seed) => duplicateLine(pick, seed, 1 + pick.int(1000)),
  'deep nesting': (pick, seed) => insertLine(pick, seed,
    `${pick.one(['RUN echo', 'ENV A=', 'LABEL a=', 'FROM', 'COPY', 'WORKDIR', 'ARG B='])} ` +
    nested(pick, 1 + pick.int(2000))),
  'huge line': (pick, seed) => insertLine(pick, seed,
    `${pick.one(KEYWORDS)} ${pick.one(PIECES).repeat(1 + pick.int(20_000))}`),
  'long continuation': (pick, seed) => insertLine(pick, seed, `RUN true \\\n` +
    `${pick.one([' && true', '  # c', '', ' a'])} \\\n`.repeat(1 + pick.int(1000)) + ' end'),
  'instruction soup': (pick) => Array.from({ length: 1 + pick.int(400) }, () =>
    [pick.one(KEYWORDS), ...Array.from({ length: pick.int(6) }, () => pick.one(PIECES))]
      .join(pick.one([' ', '', '  ', '\t']))).join(pick.one(['\n', '\r\n', '\r', '\\\n'])),
  'random bytes': (pick) => randomChars(pick, 1 + pick.int(8192)),
  'splice': (pick, seed) => seed.slice(0, pick.int(seed.length + 1)) +
    randomChars(pick, pick.int(64)) + seed.slice(pick.int(seed.length + 1)),
  'heredocs': (pick, seed) => insertLine(pick, seed, Array.from({ length: 1 + pick.int(300) },
    () => pick.one(['RUN <<EOF', 'COPY <<A <<B /x', 'RUN <<-"X" cat', 'echo hi', 'EOF', 'A', 'B',
      'X', '\tX']).toString()).join('\n')),
};

const MARKDOWN_MUTATIONS: Record<string, (pick: Pick, seed: string) => string> = {
  'char flips': (pick, seed) => flipChars(pick, seed),
  'deep nesting': (pick, seed) => {
    const depth = 1 + pick.int(2000);
    const nest = pick.one([() => `${'> '.repeat(depth)}quote`,
      () => Array.from({ length: Math.min(depth, 100) }, (_, i) => `${'  '.repeat(i)}- item`)
        .join('\n'),
      () => `${'*'.repeat(depth)}x${'*'.repeat(depth)}`, () => `${'['.repeat(depth)}x`,
      () => `${'<div>'.repeat(depth)}x`, () => `${'<!--'.repeat(depth)}x`]);
    return insertLine(pick, seed, nest());
  },
  'unclosed block': (pick, seed) => insertLine(pick, seed,
    pick.one(['```', '```dockerfile', '~~~', '<!--', '<div>', '<script>', '<pre>', ':::note',
      '$$', '<details><summary>'])),
  'dockerfile garbage block': (pick, seed) => insertLine(pick, seed,
    `\`\`\`dockerfile\n${pick.one([() => randomChars(pick, 1 + pick.int(8000)),
      () => nested(pick, 1 + pick.int(2000)), () => 'RUN true\n'.repeat(1 + pick.int(3000))])()}` +
    '\n```'),
  'huge table': (pick, seed) => {
    const columns = 1 + pick.int(30);
    const row = (cell: string) => `| ${Array.from({ length: columns }, () => cell).join(' | ')} |`;
    return insertLine(pick, seed, [row('h'), row('---'),
      ...Array.from({ length: 1 + pick.int(300) }, () => row(pick.one(['1', '~2 MB', '`x`'])))]
      .join('\n'));
  },
  'control characters': (pick, seed) => [...seed].map((c) => pick.int(30) === 0
    ? String.fromCharCode(pick.int(32)) : c).join(''),
  'mojibake': (pick, seed) => {
    const start = pick.int(seed.length);
    const piece = seed.slice(start, start + 2000);
    const garbled = Buffer.from(Buffer.from(piece, 'utf8').toString('latin1'), 'utf8')
      .toString('latin1');
    return seed.slice(0, start) + garbled + seed.slice(start + piece.length);
  },
  'line duplication': (pick, seed) => duplicateLine(pick, seed, 1 + pick.int(1000)),
  'random bytes': (pick) => randomChars(pick, 1 + pick.int(8192)),
};

function gitFiles(patterns: string[]): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--', ...patterns], { cwd: ROOT });
  return out.toString('utf8').split('\0').filter(Boolean);
}

/** The seeds: every Dockerfile in the repository, each rule's examples, and the write-ups. */
async function corpus(): Promise<Record<FuzzInput['kind'], string[]>> {
  const { describedRules } = await import('../src/dockerfile/rules/texts.ts');
  const dockerfiles = gitFiles([':(glob)**/Dockerfile*', ':(glob)**/*.dockerfile'])
    .map((path) => readFileSync(join(ROOT, path), 'utf8'));
  for (const rule of describedRules) dockerfiles.push(rule.examples.bad, rule.examples.good);
  const markdown = gitFiles([':(glob)content/**/*.md'])
    .map((path) => readFileSync(join(ROOT, path), 'utf8'));
  for (const text of markdown) {
    for (const m of text.matchAll(/```dockerfile[^\n]*\n([\s\S]*?)```/g)) {
      dockerfiles.push(m[1] ?? '');
    }
  }
  return { dockerfile: dockerfiles, markdown };
}

/** The inputs of a run: three in four are Dockerfiles. Deterministic for a seed. */
export async function makeInputs(count: number, seed: number): Promise<FuzzInput[]> {
  const seeds = await corpus();
  const inputs: FuzzInput[] = [];
  for (let index = 0; index < count; index++) {
    const pick = picker(seededRandom(seed * 1_000_003 + index));
    const kind = pick.int(4) === 0 ? 'markdown' : 'dockerfile';
    const table = kind === 'markdown' ? MARKDOWN_MUTATIONS : DOCKERFILE_MUTATIONS;
    const mutation = pick.one(Object.keys(table));
    const mutate = table[mutation];
    const text = mutate ? mutate(pick, pick.one(seeds[kind])) : '';
    inputs.push({ index, kind, mutation, text });
  }
  return inputs;
}

// ---- worker: runs inputs, reports each one's time or its exception ----

interface WorkerMessage {
  index: number;
  ms: number;
  error?: string;
}

/**
 * CPU time of this thread in ms: on a shared machine the wall clock mostly measures the other
 * processes (at a load of 12 on 2 cores a 1 s lint took 10 s), the CPU time measures our code.
 */
function cpuMs(): number {
  const usage = process.threadCpuUsage?.() ?? process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

async function workerMain(inputs: FuzzInput[]): Promise<void> {
  const { lintDockerfile } = await import('../src/dockerfile/lint.ts');
  const { renderMarkdown } = await markdownChain();
  for (const input of inputs) {
    // Tell the parent which input is running, so a hang is pinned on it.
    parentPort?.postMessage({ index: input.index, ms: -1 } satisfies WorkerMessage);
    const start = cpuMs();
    let error: string | undefined;
    try {
      if (input.kind === 'dockerfile') {
        // Half as a whole file (the CLI), half as the site's code blocks are (auto: snippets).
        lintDockerfile(input.text, { fragment: input.index % 2 === 0 ? false : 'auto' });
      } else {
        await renderMarkdown(input.text);
      }
    } catch (caught) {
      const e = caught as Error;
      error = (e?.stack ?? String(caught)).split('\n').slice(0, 6).join('\n');
    }
    parentPort?.postMessage({ index: input.index, ms: cpuMs() - start,
      ...(error === undefined ? {} : { error }) } satisfies WorkerMessage);
  }
}

/** The site's Markdown chain without Astro (as `tests/unit/ingest/render-fixture.ts` runs it). */
async function markdownChain() {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const { default: remarkGfm } = await import('remark-gfm');
  const { default: remarkRehype } = await import('remark-rehype');
  const { default: rehypeStringify } = await import('rehype-stringify');
  const { VFile } = await import('vfile');
  const ingest = await import('../src/ingest/index.ts');
  const { rehypeDockerfileFindings } = await import('../src/render/rehype-dockerfile-findings.ts');
  const processor = unified().use(remarkParse).use(remarkGfm);
  for (const plugin of ingest.ingestRemarkPlugins) processor.use(plugin);
  processor.use(remarkRehype, { allowDangerousHtml: true });
  for (const plugin of ingest.ingestRehypePlugins) processor.use(plugin);
  processor.use(rehypeDockerfileFindings).use(ingest.rehypeCollectDiagnostics)
    .use(rehypeStringify);
  return {
    renderMarkdown: (markdown: string) => processor.process(new VFile({
      value: markdown, path: 'content/writeups/fuzz.md',
      data: { astro: { frontmatter: { shipshape: { kind: 'writeup', lineOffset: 0 } } } },
    })),
  };
}

if (!isMainThread && (workerData as { fuzz?: boolean } | null)?.fuzz) {
  await workerMain((workerData as { inputs: FuzzInput[] }).inputs);
}

// ---- parent: batches, the watchdog, the report ----

/** Runs `inputs` in one worker; a worker past `timeoutMs` on an input is killed and replaced. */
function runBatch(inputs: FuzzInput[], timeoutMs: number,
  onResult: (input: FuzzInput, ms: number, problem?: string) => void): Promise<void> {
  return new Promise((resolve) => {
    const byIndex = new Map(inputs.map((i) => [i.index, i]));
    let remaining = inputs;
    const start = (): void => {
      if (remaining.length === 0) {
        resolve();
        return;
      }
      const worker = new Worker(new URL(import.meta.url), {
        workerData: { fuzz: true, inputs: remaining },
        resourceLimits: { maxOldGenerationSizeMb: 2048 },
      });
      let current: FuzzInput | undefined;
      let timer: NodeJS.Timeout | undefined;
      let finished = false;
      const done = new Set<number>();
      const restartAfter = (problem: string): void => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        if (current && !done.has(current.index)) {
          onResult(current, timeoutMs, problem);
          done.add(current.index);
        }
        remaining = remaining.filter((i) => !done.has(i.index));
        void worker.terminate().then(start);
      };
      worker.on('message', (message: WorkerMessage) => {
        const input = byIndex.get(message.index);
        if (!input) return;
        if (message.ms < 0) {
          current = input;
          clearTimeout(timer);
          timer = setTimeout(() => restartAfter(`hang (> ${timeoutMs} ms)`), timeoutMs);
          return;
        }
        clearTimeout(timer);
        done.add(input.index);
        onResult(input, message.ms, message.error);
      });
      worker.on('error', (error) => restartAfter(`worker died: ${error.message}`));
      worker.on('exit', () => {
        if (finished) return;
        if (remaining.every((i) => done.has(i.index))) {
          finished = true;
          clearTimeout(timer);
          resolve();
        } else {
          restartAfter('worker exited');
        }
      });
    };
    start();
  });
}

export interface FuzzOptions {
  count?: number;
  seed?: number;
  /** Per input, in ms of wall-clock time; a worker past it is killed. */
  timeoutMs?: number;
  /** Workers run side by side. */
  workers?: number;
  /** Only these input indexes (to replay one). */
  only?: number[];
}

export async function runFuzz(options: FuzzOptions = {}): Promise<FuzzReport> {
  const { count = 2000, seed = 1, timeoutMs = 20_000, workers = 2 } = options;
  const started = performance.now();
  let inputs = await makeInputs(count, seed);
  if (options.only) inputs = inputs.filter((i) => options.only?.includes(i.index));
  const report: FuzzReport = {
    seed, inputs: inputs.length, crashes: [], hangs: [], totalMs: 0,
    byKind: { dockerfile: 0, markdown: 0 },
    maxMs: { dockerfile: { ms: 0, index: -1, mutation: '' },
      markdown: { ms: 0, index: -1, mutation: '' } },
  };
  const onResult = (input: FuzzInput, ms: number, problem?: string): void => {
    report.byKind[input.kind]++;
    const failure = { index: input.index, kind: input.kind, mutation: input.mutation };
    if (problem?.startsWith('hang')) report.hangs.push({ ...failure, problem });
    else if (problem !== undefined) report.crashes.push({ ...failure, problem });
    if (ms > report.maxMs[input.kind].ms) {
      report.maxMs[input.kind] = { ms, index: input.index, mutation: input.mutation };
    }
  };
  const batches = Array.from({ length: workers }, (_, w) =>
    inputs.filter((_, i) => i % workers === w));
  await Promise.all(batches.map((batch) => runBatch(batch, timeoutMs, onResult)));
  report.totalMs = performance.now() - started;
  return report;
}

function formatReport(report: FuzzReport): string {
  const lines = [
    `fuzz: seed ${report.seed}, ${report.inputs} inputs (${report.byKind.dockerfile} Dockerfile, ` +
      `${report.byKind.markdown} Markdown) in ${(report.totalMs / 1000).toFixed(1)} s`,
    `  internal errors (stack traces): ${report.crashes.length}`,
    `  hangs: ${report.hangs.length}`,
  ];
  for (const kind of ['dockerfile', 'markdown'] as const) {
    const max = report.maxMs[kind];
    lines.push(`  slowest ${kind} input: ${max.ms.toFixed(0)} ms CPU (#${max.index}, ` +
      `${max.mutation})`);
  }
  for (const f of [...report.crashes, ...report.hangs]) {
    lines.push(`\n#${f.index} ${f.kind} (${f.mutation}): ${f.problem}`);
  }
  return lines.join('\n');
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
}

if (isMainThread && process.argv[1] === import.meta.filename) {
  const only = option('only');
  const report = await runFuzz({
    count: Number(option('count') ?? 2000),
    seed: Number(option('seed') ?? 1),
    timeoutMs: Number(option('timeout') ?? 20_000),
    ...(only === undefined ? {} : { only: only.split(',').map(Number) }),
  });
  console.log(formatReport(report));
  process.exitCode = report.crashes.length + report.hangs.length > 0 ? 1 : 0;
}
