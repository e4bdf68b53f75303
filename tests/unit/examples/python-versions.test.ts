/**
 * "Run it here" says which Python it runs and where the image's differs: Pyodide's version is
 * read from the installed package (a fake package proves it is read, not written down), the
 * image's from the dataset's sourced `python` fact, `unknown` when the dataset has none. And
 * the health line: no HEALTHCHECK, no health status.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { healthVerdict } from '../../../src/examples/client/health-verdict.ts';
import { pagePython, pythonComparison } from '../../../src/examples/python-versions.ts';
import { readExample } from '../../../src/examples/read-examples.ts';
import { runHereData } from '../../../src/examples/run-here-data.ts';

const root = join(import.meta.dirname, '../../..');
const data = (slug: string) => runHereData(readExample(slug, root), { base: '/', root });

describe('pagePython', () => {
  it('reads Pyodide and its Python from the installed package', () => {
    const lock = JSON.parse(readFileSync(join(root, 'node_modules/pyodide/pyodide-lock.json'),
      'utf8')) as { info: { python: string } };
    expect(pagePython(root).python).toBe(lock.info.python);
    expect(pagePython(root).python).toMatch(/^3\.\d+\.\d+$/);

    const fake = mkdtempSync(join(tmpdir(), 'shipshape-pyodide-'));
    mkdirSync(join(fake, 'node_modules/pyodide'), { recursive: true });
    writeFileSync(join(fake, 'node_modules/pyodide/package.json'), '{"version":"9.9.9"}');
    writeFileSync(join(fake, 'node_modules/pyodide/pyodide-lock.json'),
      '{"info":{"python":"3.99.1"}}');
    expect(pagePython(fake)).toEqual({ pyodide: '9.9.9', python: '3.99.1' });
  });

  it('says unknown when the package is missing', () => {
    const bare = mkdtempSync(join(tmpdir(), 'shipshape-pyodide-'));
    expect(pagePython(bare)).toEqual({ pyodide: 'unknown', python: 'unknown' });
  });
});

describe('the image\'s Python', () => {
  it('distroless runs Debian 12\'s 3.11, with a source, and the sentence says they differ', () => {
    const { python } = data('04-distroless');
    expect(python.image).toMatchObject({ reference: 'gcr.io/distroless/python3-debian12:nonroot',
      python: '3.11' });
    expect(python.image.source).toMatch(/^https:\/\/github\.com\/GoogleContainerTools\//);
    expect(pythonComparison(python)).toMatch(/runs Python 3\.11, not 3\.\d+: the app's GET \//);
  });

  it('python:3.13-slim runs the page\'s minor release', () => {
    const { python } = data('03-multi-stage-slim');
    expect(python.image.python).toBe('3.13');
    expect(pythonComparison(python)).toBe('python:3.13-slim runs Python 3.13 too.');
  });

  it('a floating tag the dataset does not describe is unknown, and said to be', () => {
    const { python } = data('01-first-dockerfile');
    expect(python.image).toEqual({ reference: 'python:alpine', python: 'unknown',
      source: undefined });
    expect(pythonComparison(python)).toMatch(/^Which Python python:alpine runs is unknown/);
  });
});

describe('healthVerdict', () => {
  it('gives no health status without a HEALTHCHECK', () => {
    const text = healthVerdict(undefined, '/health', 8080);
    expect(text).toMatch(/^No health status: the Dockerfile has no HEALTHCHECK/);
    expect(text).not.toMatch(/\b(?:un)?healthy\b/);
  });

  it('reports the HEALTHCHECK\'s verdict when there is one', () => {
    expect(healthVerdict({ url: 'http://localhost:8080/health', path: '/health', status: 200,
      healthy: true }, '/health', 8080)).toBe('HEALTHCHECK: healthy (GET /health answered 200).');
    expect(healthVerdict({ url: undefined, path: '/health', status: 500, healthy: false },
      '/health', 8080)).toBe('HEALTHCHECK: unhealthy (GET /health answered 500).');
  });
});
