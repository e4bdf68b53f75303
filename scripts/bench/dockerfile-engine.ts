/**
 * Bench helper: the Dockerfile engine's own targets — linting a 200-instruction Dockerfile with
 * the Node entry (`src/dockerfile/lint.ts`, what the build and the CLI run; median after warm-up;
 * target < 2 ms) and the browser bundle of parser + rules (esbuild, minified, gzipped; target
 * < 60 KB). The bundle is built from the browser entry (`src/dockerfile/browser.ts`), the one a
 * reader's browser loads: dockerfile-utils, which the Node entry uses for syntax errors, does not
 * run in browsers (its parser calls Node's `Buffer`), so the browser entry leaves it out.
 */
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { markdownTable } from './markdown-table.ts';

type NodeEntry = typeof import('../../src/dockerfile/lint.ts');

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface EngineResult {
  /** The entry whose `lintDockerfile` is timed, and the one bundled (project-relative). */
  lintEntry: string;
  bundleEntry: string;
  instructions: number;
  lintMedianMs: number;
  lintP95Ms: number;
  bundleBytes: number;
  bundleGzipBytes: number;
  largestInputs: Array<{ path: string; bytes: number }>;
}

/** A realistic, long Dockerfile: stages, ARG/ENV, RUN chains, COPY, metadata. */
export function longDockerfile(instructions: number): string {
  const lines = ['# syntax=docker/dockerfile:1', 'ARG PYTHON_VERSION=3.13'];
  const templates = [
    (i: number) =>
      `RUN apt-get update && apt-get install -y --no-install-recommends pkg${i}=1.${i} \\\n` +
      '    && rm -rf /var/lib/apt/lists/*',
    (i: number) => `ENV VAR_${i}=value${i}`,
    (i: number) => `COPY src/part${i}.py /app/part${i}.py`,
    (i: number) => `RUN pip install --no-cache-dir package${i}==1.0.${i}`,
    (i: number) => `LABEL org.example.step${i}="step ${i}"`,
    (i: number) => `WORKDIR /app/dir${i}`,
    (i: number) => `RUN echo "step ${i}" | tee /tmp/log${i} && cd /app && ls -la`,
    (i: number) => `EXPOSE ${8000 + i}`,
  ];
  let count = 1;
  for (let stage = 0; count < instructions; stage++) {
    lines.push(`FROM python:\${PYTHON_VERSION}-slim AS stage${stage}`);
    count++;
    for (let i = 0; i < 24 && count < instructions - 2; i++, count++) {
      const template = templates[(stage * 24 + i) % templates.length];
      if (template) lines.push(template(stage * 24 + i));
    }
    if (count >= instructions - 2) break;
  }
  lines.push('USER 10001', 'CMD ["python", "app.py"]');
  return `${lines.join('\n')}\n`;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** The browser bundle's target, gzipped (`tests/unit/dockerfile/browser.test.ts` holds it). */
export const BUNDLE_GZIP_TARGET = 60 * 1024;

/**
 * The browser entry bundled as a page would load it (esbuild, minified, ESM), its size before
 * and after gzip (level 9), and its inputs by their bytes in the output, largest first. The
 * bench and the size test both measure with this one build.
 */
export async function bundleBrowserEntry(entry: string): Promise<{ bytes: number;
  gzipBytes: number; inputs: Array<{ path: string; bytes: number }> }> {
  const bundle = await build({
    entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser',
    write: false, metafile: true, logLevel: 'error',
  });
  const output = bundle.outputFiles[0]?.contents ?? new Uint8Array();
  const meta = Object.values(bundle.metafile.outputs)[0]?.inputs ?? {};
  const inputs = Object.entries(meta)
    .map(([path, info]) => ({ path, bytes: info.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  return { bytes: output.length, gzipBytes: gzipSync(output, { level: 9 }).length, inputs };
}

/**
 * `nodeEntry`: the Node entry (`src/dockerfile/lint.ts`), timed. `browserEntry` (default: the
 * `browser.ts` beside it): the entry bundled for the browser.
 */
export async function benchEngine(nodeEntry: string,
  browserEntry = join(dirname(nodeEntry), 'browser.ts')): Promise<EngineResult> {
  const { lintDockerfile } = await import(pathToFileURL(nodeEntry).href) as NodeEntry;
  const source = longDockerfile(200);
  const instructions = lintDockerfile(source).model.instructions.length;
  // The JIT needs a few hundred runs before the timing settles (measured: 50 warm-up runs
  // still gave a median twice the settled one).
  for (let i = 0; i < 500; i++) lintDockerfile(source);
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const start = performance.now();
    lintDockerfile(source);
    times.push(performance.now() - start);
  }
  const { bytes, gzipBytes, inputs } = await bundleBrowserEntry(browserEntry);
  return {
    lintEntry: relative(PROJECT_ROOT, nodeEntry),
    bundleEntry: relative(PROJECT_ROOT, browserEntry),
    instructions,
    lintMedianMs: percentile(times, 0.5),
    lintP95Ms: percentile(times, 0.95),
    bundleBytes: bytes,
    bundleGzipBytes: gzipBytes,
    largestInputs: inputs.slice(0, 6),
  };
}

export function engineSection(result: EngineResult): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const verdict = (ok: boolean) => (ok ? 'within target' : '**over target**');
  const rows = [
    [`lint a ${result.instructions}-instruction Dockerfile (\`${result.lintEntry}\`), median ` +
      'of 300 (after 500 warm-up)',
      `${result.lintMedianMs.toFixed(3)} ms`, '< 2 ms', verdict(result.lintMedianMs < 2)],
    ['lint, 95th percentile', `${result.lintP95Ms.toFixed(3)} ms`, '', ''],
    [`browser bundle of parser + rules (\`${result.bundleEntry}\`), minified`,
      kb(result.bundleBytes), '', ''],
    ['… gzipped (level 9)', kb(result.bundleGzipBytes), '< 60 KB',
      verdict(result.bundleGzipBytes < BUNDLE_GZIP_TARGET)],
  ];
  const inputs = result.largestInputs.map((i) => `\`${i.path}\` ${kb(i.bytes)}`).join(', ');
  return `## Dockerfile engine\n\n${markdownTable(['measure', 'value', 'target', ''], rows)}\n\n` +
    `The lint time is the Node entry's (\`${result.lintEntry}\`: the build, the CLI), which ` +
    'takes its syntax errors from dockerfile-utils. The bundle is built from ' +
    `\`${result.bundleEntry}\`, the browser entry: dockerfile-utils does not run in browsers ` +
    "(its parser calls Node's `Buffer`), so that entry leaves it out and reports our own " +
    'syntax checks, marking a line they cannot classify as possibly invalid.\n\n' +
    `Largest parts of the bundle (minified, before gzip): ${inputs}.`;
}
