import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/compare/load-dataset.ts';
import { buildModel } from '../../../src/dockerfile/parse/build-model.ts';
import { baseImageSizes } from '../../../src/examples/base-image-sizes.ts';
import {
  humanSize, simulateBuild, type SimulatedStep,
} from '../../../src/examples/build-simulation.ts';
import type { TreeFile } from '../../../src/examples/example-tree.ts';
import { listExamples, readExample } from '../../../src/examples/read-examples.ts';

const root = join(import.meta.dirname, '../../..');
const sizes = baseImageSizes(readDataset(join(root, 'content/data/base-images.yaml')));

function edit(files: readonly TreeFile[], path: string, text: string): TreeFile[] {
  return files.map((f) => (f.path === path ? { path, data: new TextEncoder().encode(text) } : f));
}

const installStep = (steps: readonly SimulatedStep[]) =>
  steps.find((s) => s.keyword === 'RUN' && /pip install/.test(s.text));

describe('simulateBuild', () => {
  for (const slug of listExamples(root)) {
    const example = readExample(slug, root);
    const first = simulateBuild({ model: example.model, files: example.files, baseImages: sizes });

    it(`${slug}: a first build runs every step; the same build again is all CACHED`, () => {
      expect(first.failed).toBe(false);
      expect(first.steps.some((s) => s.cached)).toBe(false);
      const again = simulateBuild({ model: example.model, files: example.files,
        previous: first.keys });
      expect(again.steps.filter((s) => s.keyword !== 'FROM').every((s) => s.cached)).toBe(true);
      expect(again.keys).toEqual(first.keys);
    });

    it(`${slug}: editing requirements.txt runs the install again`, () => {
      const files = edit(example.files, 'requirements.txt', 'Flask==2.2.3\n');
      const next = simulateBuild({ model: example.model, files, previous: first.keys });
      expect(installStep(next.steps)?.cached).toBe(false);
    });
  }

  it('editing app.py only keeps the dependency install CACHED once it comes first', () => {
    for (const slug of ['02-hardened-alpine', '03-multi-stage-slim', '04-distroless',
      '05-alpine-build-deps']) {
      const example = readExample(slug, root);
      const first = simulateBuild({ model: example.model, files: example.files });
      const files = edit(example.files, 'app.py', '# changed\n');
      const next = simulateBuild({ model: example.model, files, previous: first.keys });
      expect(installStep(next.steps)?.cached, slug).toBe(true);
      const changed = next.steps.findIndex((s) => !s.cached && s.keyword !== 'FROM'
        && s.stage === next.steps.at(-1)?.stage);
      // Every step after the first one that runs again runs again too.
      expect(next.steps.slice(changed).filter((s) => s.stage === next.steps.at(-1)?.stage)
        .every((s) => !s.cached || s.keyword === 'FROM'), slug).toBe(true);
    }
  });

  it('the typical first Dockerfile reinstalls on any code change (COPY . comes first)', () => {
    const example = readExample('01-first-dockerfile', root);
    const first = simulateBuild({ model: example.model, files: example.files });
    const next = simulateBuild({ model: example.model,
      files: edit(example.files, 'app.py', '# changed\n'), previous: first.keys });
    expect(installStep(next.steps)?.cached).toBe(false);
  });

  it('ignored files do not change the cache key', () => {
    const example = readExample('02-hardened-alpine', root);
    const first = simulateBuild({ model: example.model, files: example.files });
    const next = simulateBuild({ model: example.model,
      files: edit(example.files, 'tests/test_app.py', '# changed\n'), previous: first.keys });
    expect(next.steps.filter((s) => s.keyword !== 'FROM').every((s) => s.cached)).toBe(true);
  });

  it('prints a BuildKit-style log with stage labels and CACHED steps', () => {
    const example = readExample('03-multi-stage-slim', root);
    const first = simulateBuild({ model: example.model, files: example.files, tag: 'x:1' });
    const next = simulateBuild({ model: example.model, tag: 'x:1', previous: first.keys,
      files: edit(example.files, 'app.py', '# changed\n') });
    const lines = next.log.split('\n');
    expect(lines[0]).toBe('[+] Building (15/15) FINISHED');
    expect(lines[1]).toBe(' => [internal] load build definition from Dockerfile');
    expect(lines).toContain(' => [builder 1/5] FROM docker.io/library/python:3.13-slim');
    expect(lines).toContain(' => CACHED [builder 4/5] COPY requirements.txt .');
    expect(lines).toContain(' => CACHED [builder 5/5] RUN pip install --no-cache-dir -r '
      + 'requirements.txt');
    expect(lines).toContain(' => [stage-1 5/5] COPY --chown=appuser:appuser app.py .');
    expect(lines.at(-1)).toBe(' => => naming to docker.io/library/x:1');
  });

  it('labels sizes: the dataset\'s for a known tag, the files\' for COPY, else unknown', () => {
    const example = readExample('03-multi-stage-slim', root);
    const { steps } = simulateBuild({ model: example.model, files: example.files,
      baseImages: sizes });
    expect(steps[0]?.size.basis).toBe('dataset');
    expect(steps[0]?.size.label).toMatch(/^\d.*compressed \(estimate from the dataset/);
    const copy = steps.find((s) => s.text === 'COPY requirements.txt .');
    expect(copy?.size.basis).toBe('files');
    expect(copy?.size.label).toMatch(/estimate/);
    expect(steps.find((s) => s.keyword === 'RUN')?.size.label).toMatch(/^unknown/);
    const first = readExample('01-first-dockerfile', root);
    const unknown = simulateBuild({ model: first.model, files: first.files, baseImages: sizes });
    expect(unknown.steps[0]?.size.label).toMatch(/^unknown/);
  });

  it('builds only the stages the final stage needs', () => {
    const model = buildModel('FROM alpine AS unused\nRUN echo\nFROM alpine AS base\nRUN echo b\n'
      + 'FROM base\nCOPY a.txt .\nCMD ["x"]\n');
    const result = simulateBuild({ model, files: [{ path: 'a.txt', data: new Uint8Array(3) }] });
    expect(result.steps.map((s) => s.label)).toEqual(['base 1/2', 'base 2/2', 'stage-2 1/2',
      'stage-2 2/2']);
  });

  it('fails like BuildKit when a COPY source is not in the context', () => {
    const model = buildModel('FROM alpine\nCOPY tests/ /t/\nCMD ["x"]\n');
    const result = simulateBuild({ model, dockerignore: 'tests\n',
      files: [{ path: 'tests/t.py', data: new Uint8Array(1) }] });
    expect(result.failed).toBe(true);
    expect(result.log).toContain(' => ERROR [2/2] COPY tests/ /t/');
    expect(result.log).toContain('ERROR: failed to compute cache key: "/tests/": not found');
  });

  it('formats sizes as Docker does', () => {
    expect([humanSize(2), humanSize(1430), humanSize(42961458)]).toEqual(['2B', '1.43kB',
      '42.96MB']);
  });
});
