/**
 * Bench helper: the Dockerfile engine's own targets — linting a 200-instruction Dockerfile
 * (median after warm-up; target < 2 ms) and the browser bundle of parser + rules (esbuild,
 * minified, gzipped; target < 60 KB).
 */
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { lintDockerfile } from '../../src/dockerfile/lint.ts';
import { markdownTable } from './markdown-table.ts';

export interface EngineResult {
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
    (i: number) => `RUN apt-get update && apt-get install -y --no-install-recommends pkg${i}=1.${i} \\\n    && rm -rf /var/lib/apt/lists/*`,
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

export async function benchEngine(entry: string): Promise<EngineResult> {
  const source = longDockerfile(200);
  const instructions = lintDockerfile(source).model.instructions.length;
  for (let i = 0; i < 50; i++) lintDockerfile(source);
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const start = performance.now();
    lintDockerfile(source);
    times.push(performance.now() - start);
  }
  const bundle = await build({
    entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser',
    write: false, metafile: true, logLevel: 'error',
  });
  const output = bundle.outputFiles[0]?.contents ?? new Uint8Array();
  const meta = Object.values(bundle.metafile.outputs)[0]?.inputs ?? {};
  const largestInputs = Object.entries(meta)
    .map(([path, info]) => ({ path, bytes: info.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 6);
  return {
    instructions,
    lintMedianMs: percentile(times, 0.5),
    lintP95Ms: percentile(times, 0.95),
    bundleBytes: output.length,
    bundleGzipBytes: gzipSync(output, { level: 9 }).length,
    largestInputs,
  };
}

export function engineSection(result: EngineResult): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const verdict = (ok: boolean) => (ok ? 'within target' : '**over target**');
  const rows = [
    [`lint a ${result.instructions}-instruction Dockerfile, median of 300 (after 50 warm-up)`,
      `${result.lintMedianMs.toFixed(3)} ms`, '< 2 ms', verdict(result.lintMedianMs < 2)],
    ['lint, 95th percentile', `${result.lintP95Ms.toFixed(3)} ms`, '', ''],
    ['browser bundle of parser + rules, minified', kb(result.bundleBytes), '', ''],
    ['… gzipped (level 9)', kb(result.bundleGzipBytes), '< 60 KB',
      verdict(result.bundleGzipBytes < 60 * 1024)],
  ];
  const inputs = result.largestInputs.map((i) => `\`${i.path}\` ${kb(i.bytes)}`).join(', ');
  return `## Dockerfile engine\n\n${markdownTable(['measure', 'value', 'target', ''], rows)}\n\n` +
    `Largest parts of the bundle (minified, before gzip): ${inputs}.`;
}
