/**
 * The bundled CLI (`bin/build-cli.mjs` → `.cache/cli/shipshape.mjs`): one self-contained module
 * that lints on its own, and a launcher (`bin/shipshape.js`) that rebuilds it when a source is
 * newer, so an edit in `src/` is never answered by yesterday's bundle.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync }
  from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const bundle = join(root, '.cache/cli/shipshape.mjs');
const dockerfile = 'FROM python:3.13-slim\nWORKDIR app\nCMD python app.py\n';

function node(args: string[], cwd = root) {
  return spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 60_000 });
}

describe('bundled CLI', () => {
  it('builds one module that lints with no project around it', () => {
    expect(node(['bin/build-cli.mjs']).status).toBe(0);
    const alone = mkdtempSync(join(tmpdir(), 'shipshape-bundle-'));
    copyFileSync(bundle, join(alone, 'shipshape.mjs'));
    writeFileSync(join(alone, 'Dockerfile'), dockerfile);
    const result = node(['shipshape.mjs', 'lint', 'Dockerfile'], alone);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Dockerfile:2:1 error DL3000');
    expect(result.status).toBe(1);
    const inputs = JSON.parse(readFileSync(join(root, '.cache/cli/inputs.json'), 'utf8'));
    expect(inputs).toContain('src/cli/main.ts');
    expect(inputs).toContain('src/dockerfile/lint.ts');
  });

  it('rebuilds a bundle older than its sources before running it', () => {
    expect(node(['bin/build-cli.mjs']).status).toBe(0);
    const past = new Date('2001-01-01T00:00:00Z');
    utimesSync(bundle, past, past);
    const file = join(mkdtempSync(join(tmpdir(), 'shipshape-stale-')), 'Dockerfile');
    writeFileSync(file, dockerfile);
    const result = node(['bin/shipshape.js', 'lint', file]);
    expect(result.stdout).toContain('error DL3000');
    expect(statSync(bundle).mtime.getFullYear()).toBeGreaterThan(2001);
  });
});
