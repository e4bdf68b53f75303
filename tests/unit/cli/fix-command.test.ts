/**
 * `shipshape lint --fix` as a real process: it rewrites the file in place and says what it
 * fixed, then reports what is left; `--fix --dry-run` prints a unified diff that `git apply`
 * takes and leaves the file alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../../bin/shipshape.js');
const before = [
  'from python:3.13-slim as build',
  'MAINTAINER Jane Doe <jane@example.com>',
  'ENV APP_HOME /app',
  'workdir /app',
  'RUN pip install flask',
  'USER 10001',
  'CMD python app.py',
  '',
].join('\n');
const after = [
  'FROM python:3.13-slim AS build',
  'LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"',
  'ENV APP_HOME=/app',
  'WORKDIR /app',
  'RUN pip install --no-cache-dir flask',
  'USER 10001',
  'CMD ["python", "app.py"]',
  '',
].join('\n');

function setUp() {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-fix-'));
  writeFileSync(join(dir, 'Dockerfile'), before);
  writeFileSync(join(dir, '.dockerignore'), '.git\n');
  return dir;
}

function run(dir: string, args: string[]) {
  const result = spawnSync(process.execPath, [bin, 'lint', ...args, 'Dockerfile'],
    { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('shipshape lint --fix', () => {
  it('rewrites the file, says what it fixed, and reports only what is left', () => {
    const dir = setUp();
    const result = run(dir, ['--fix']);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(after);
    expect(result.stderr).toMatch(/^shipshape: Dockerfile: fixed \d+ findings \(.*DL3042.*\)\n$/);
    const left = result.stdout.trim().split('\n').map((line) => line.split(' ')[2]);
    expect(left).toEqual(['SS004', 'DL3013']);
    expect(result.code).toBe(1);
  });

  it('with --dry-run prints a diff git applies, and writes nothing', () => {
    const dir = setUp();
    const result = run(dir, ['--fix', '--dry-run']);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(before);
    expect(result.stdout.split('\n').slice(0, 3)).toEqual(
      ['--- a/Dockerfile', '+++ b/Dockerfile', '@@ -1,7 +1,7 @@']);
    expect(result.stdout).toContain('-CMD python app.py\n+CMD ["python", "app.py"]\n');
    expect(result.stdout).toContain('\n USER 10001\n');
    writeFileSync(join(dir, 'fix.diff'), result.stdout);
    const git = (args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    git(['init', '-q']);
    const applied = git(['apply', 'fix.diff']);
    expect(applied.stderr).toBe('');
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(after);
  });

  it('prints nothing with --dry-run when there is nothing to fix', () => {
    const dir = setUp();
    writeFileSync(join(dir, 'Dockerfile'), after);
    const result = run(dir, ['--fix', '--dry-run']);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('');
  });
});
