/**
 * "Run it here" build-time data and the pure parts of the page around it: the payload carries
 * the parsed model and the context without the edited files, the FROM sizes it needs, the
 * runtime's URL under the base (or why Run is disabled); the build log is classified line by
 * line; a requirements edit the runtime cannot honour is named.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulateBuild } from '../../../src/examples/build-simulation.ts';
import { buildSummary, logLines, sizeLines } from '../../../src/examples/client/build-log.ts';
import { requirementsNote } from '../../../src/examples/client/requirements-note.ts';
import { sortTree } from '../../../src/examples/example-tree.ts';
import { packagesStatus } from '../../../src/examples/pyodide-node.ts';
import { PYTHON_PACKAGES } from '../../../src/examples/python-packages.ts';
import { skipUnlessCi } from '../../require-or-skip.ts';
import { readExample } from '../../../src/examples/read-examples.ts';
import { runHereData } from '../../../src/examples/run-here-data.ts';
import {
  decodeFile, encodeFile, payloadJson,
} from '../../../src/examples/run-here-payload.ts';

const root = join(import.meta.dirname, '../../..');
const packages = packagesStatus(root);
/** The tests that need `npm run setup:python`'s packages skip without them (not under CI). */
const noPackages = skipUnlessCi(packages.available ? undefined : packages.reason);
const example = readExample('03-multi-stage-slim', root);

describe('runHereData', () => {
  const data = runHereData(example, { base: '/courses/docker', root });

  it('ships the model and the context, the editable files left to the text areas', () => {
    expect(data.editable).toEqual(['app.py', 'requirements.txt']);
    expect(data.files.map((f) => f.path)).not.toContain('app.py');
    expect(data.files.map((f) => f.path)).toContain('Dockerfile');
    expect(data.model.stages).toHaveLength(2);
    expect([data.port, data.healthPath, data.image]).toEqual([8080, '/health',
      'info-service:slim']);
  });

  it('survives JSON, and simulates the same build as the Node side', () => {
    const payload = JSON.parse(payloadJson(data)) as typeof data;
    const files = sortTree([...payload.files.map(decodeFile),
      ...example.files.filter((f) => payload.editable.includes(f.path))]);
    const browser = simulateBuild({ model: payload.model, files,
      baseImages: new Map(payload.baseImages) });
    const node = simulateBuild({ model: example.model, files: example.files,
      baseImages: new Map(data.baseImages) });
    expect(browser.keys).toEqual(node.keys);
    expect(browser.log).toBe(node.log);
  });

  it('carries the sizes of its FROM images only', () => {
    expect(data.baseImages.map(([tag]) => tag)).toContain('python:3.13-slim');
    expect(data.baseImages.every(([tag]) => tag.includes('python:3.13-slim'))).toBe(true);
  });

  it.skipIf(noPackages)('points the runtime at <base>pyodide/', () => {
    expect(data.runtime).toMatchObject({ available: true,
      assetsUrl: '/courses/docker/pyodide/',
      workerUrl: '/courses/docker/pyodide/run-here-worker.js' });
  });

  it('disables Run without the packages, saying what to run', () => {
    const bare = mkdtempSync(join(tmpdir(), 'shipshape-run-here-'));
    const without = runHereData(example, { base: '/', root: bare,
      dataset: [] });
    expect(without.runtime.available).toBe(false);
    expect(without.runtime.available ? '' : without.runtime.reason)
      .toMatch(/site-packages\.zip.*npm run setup:python/s);
  });

  it('rejects a base that is not a path', () => {
    expect(() => runHereData(example, { base: 'docs/', root })).toThrow(/starting with `\/`/);
  });
});

describe('payload files', () => {
  it('keeps UTF-8 as text and other bytes as base64, both round-trip', () => {
    const text = { path: 'a.txt', data: new TextEncoder().encode('héllo </script>') };
    const binary = { path: 'b.bin', data: new Uint8Array([0xff, 0x00, 0xc3]) };
    expect(encodeFile(text)).toEqual({ path: 'a.txt', text: 'héllo </script>' });
    expect(encodeFile(binary)).toEqual({ path: 'b.bin', base64: '/wDD' });
    expect(decodeFile(encodeFile(binary)).data).toEqual(binary.data);
    expect(decodeFile(encodeFile(text)).data).toEqual(text.data);
  });

  it('cannot close its script element', () => {
    const data = runHereData(example, { base: '/', root, dataset: [] });
    expect(payloadJson({ ...data, slug: '</script><script>' })).not.toContain('</script>');
  });
});

describe('build log', () => {
  const first = simulateBuild({ model: example.model, files: example.files });
  const edited = example.files.map((f) => (f.path === 'app.py'
    ? { path: f.path, data: new TextEncoder().encode('# edited\n') } : f));
  const again = simulateBuild({ model: example.model, files: edited, previous: first.keys });

  it('classifies every line', () => {
    const lines = logLines(again.log);
    expect(lines[0]?.kind).toBe('header');
    expect(lines.find((l) => l.text.includes('pip install'))?.kind).toBe('cached');
    expect(lines.find((l) => l.text.includes('COPY --chown'))?.kind).toBe('run');
    expect(lines.find((l) => l.text.includes('transferring dockerfile'))?.kind).toBe('detail');
    expect(lines.find((l) => l.text.includes('load metadata'))?.kind).toBe('internal');
    expect(logLines(' => ERROR [2/3] COPY x .\nERROR: failed').map((l) => l.kind))
      .toEqual(['error', 'error']);
  });

  it('summarises the cache, and lists estimated sizes per step', () => {
    expect(buildSummary(first)).toBe('Built (simulated): 0 steps CACHED, 8 steps run.');
    expect(buildSummary(again)).toBe('Built (simulated): 7 steps CACHED, 1 step run.');
    expect(sizeLines(first)[0]).toMatch(/^\[builder 1\/5\] FROM docker\.io\/library\/python/);
    expect(sizeLines(first).find((l) => l.includes('COPY --chown'))).toMatch(/estimate/);
  });
});

describe('requirementsNote', () => {
  it('is silent while the pins are what the runtime carries', () => {
    const text = PYTHON_PACKAGES.map((pkg) => `${pkg.name}==${pkg.version}\n`).join('');
    expect(requirementsNote(text)).toBeUndefined();
  });

  it('names pins the runtime does not honour', () => {
    const note = requirementsNote('Flask==3.0.0\nrequests==2.32.3\n') ?? '';
    expect(note).toMatch(/^Note: this simulation cannot pip install; .*Flask 3\.1\.1, /);
    expect(note.endsWith('Not honoured: flask==3.0.0 (the runtime has 3.1.1), '
      + 'requests==2.32.3 (not in the runtime).')).toBe(true);
  });
});
