/**
 * Write-up folders: the files beside a write-up as the loader reads them — text shown, binary and
 * large files withheld with the reason, links out of the folder refused, dependency folders left
 * out, and the whole Dockerfile (with its `.dockerignore`) found for every later stage.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../../src/bundle/read-bundle.ts';
import {
  bundleDockerfiles, writeupDockerfile, type WriteupBundle,
} from '../../../src/bundle/bundle-data.ts';
import { MAX_SHOWN_FILE_BYTES } from '../../../src/shared/limits.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/bundles');
const dir = mkdtempSync(join(tmpdir(), 'shipshape-bundle-'));
const asData = (bundle: WriteupBundle) =>
  ({ astro: { frontmatter: { shipshape: { kind: 'writeup', lineOffset: 1, bundle } } } });

beforeAll(() => {
  cpSync(fixtures, dir, { recursive: true });
  const app = join(dir, 'app-python');
  mkdirSync(join(app, 'node_modules/left-pad'), { recursive: true });
  writeFileSync(join(app, 'node_modules/left-pad/index.js'), 'module.exports = 0;\n');
  symlinkSync('/etc/passwd', join(app, 'leak.txt'));
  writeFileSync(join(app, 'big.log'), 'a'.repeat(MAX_SHOWN_FILE_BYTES + 1));
  writeFileSync(join(app, 'crlf.txt'), '\uFEFFone\r\ntwo\r\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readBundle', () => {
  it('lists every file but the write-up, and shows text only', () => {
    const bundle = readBundle(join(dir, 'app-python'), 'DOCKER.md', 'subs/app-python');
    const byPath = new Map(bundle.files.map((f) => [f.path, f]));
    expect([...byPath.keys()]).toEqual(['.dockerignore', 'Dockerfile', 'README.md', 'app.py',
      'big.log', 'crlf.txt', 'leak.txt', 'requirements.txt', 'static/logo.png',
      'templates/index.html']);
    expect(byPath.get('Dockerfile')).toMatchObject({ role: 'dockerfile', size: 277 });
    expect(byPath.get('.dockerignore')?.role).toBe('dockerignore');
    expect(byPath.get('crlf.txt')?.text).toBe('one\ntwo\n');
    expect(byPath.get('static/logo.png')).toMatchObject(
      { withheld: 'binary data (contains NUL bytes)' });
    expect(byPath.get('static/logo.png')?.text).toBeUndefined();
    expect(byPath.get('big.log')?.withheld).toMatch(/over the limit of 128 KB/);
    expect(byPath.get('leak.txt')?.withheld)
      .toMatch(/symbolic link to a file outside the write-up's folder/);
    expect(byPath.get('leak.txt')?.text).toBeUndefined();
    expect(bundle.omitted).toEqual([expect.stringContaining('`node_modules/`')]);
  });

  it('gives later stages the whole Dockerfile with the .dockerignore beside it', () => {
    const bundle = readBundle(join(dir, 'app-python'), 'DOCKER.md', 'subs/app-python');
    const whole = writeupDockerfile(asData(bundle));
    expect(whole?.path).toBe('Dockerfile');
    expect(whole?.text).toMatch(/^FROM python:3\.12-slim\n/);
    expect(whole?.dockerignore).toContain('*.md');
  });

  it('takes `Dockerfile` before `distroless.Dockerfile`, knows there is no .dockerignore', () => {
    const bundle = readBundle(join(dir, 'two-dockerfiles'), 'README.md', 'subs/two-dockerfiles');
    expect(bundleDockerfiles(bundle).map((f) => f.path))
      .toEqual(['Dockerfile', 'distroless.Dockerfile']);
    expect(writeupDockerfile(asData(bundle))).toMatchObject(
      { path: 'Dockerfile', dockerignore: undefined });
  });

  it('has nothing for a single-file write-up', () => {
    expect(writeupDockerfile({ astro: { frontmatter: { shipshape: { kind: 'writeup' } } } }))
      .toBeUndefined();
  });
});
