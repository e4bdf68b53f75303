/**
 * The bundled CLI (`bin/build-cli.mjs` → `.cache/cli/shipshape.cjs`): one self-contained script
 * that lints on its own, and a launcher (`bin/shipshape.js`) that rebuilds it when a source is
 * newer, so an edit in `src/` is never answered by yesterday's bundle, and keeps V8's code cache
 * for it, per build.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const bundle = join(root, '.cache/cli/shipshape.cjs');
const codeCache = `${bundle}.v8`;
const dockerfile = 'FROM python:3.13-slim\nWORKDIR app\nCMD python app.py\n';

function node(args: string[], cwd = root) {
  return spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 60_000 });
}

describe('bundled CLI', () => {
  it('builds one script that lints with no project around it', () => {
    expect(node(['bin/build-cli.mjs']).status).toBe(0);
    const alone = mkdtempSync(join(tmpdir(), 'shipshape-bundle-'));
    copyFileSync(bundle, join(alone, 'shipshape.cjs'));
    writeFileSync(join(alone, 'Dockerfile'), dockerfile);
    const result = node(['shipshape.cjs', 'lint', 'Dockerfile'], alone);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Dockerfile:2:1 error DL3000');
    expect(result.status).toBe(1);
    // zod as the schemas use it, not all of it (astro's `z` would bring every locale along),
    // and it still reads a configuration file.
    expect(readFileSync(bundle, 'utf8')).not.toContain('erwartet');
    writeFileSync(join(alone, '.hadolint.yaml'), 'failure-threshold: bogus\n');
    const configured = node(['shipshape.cjs', 'lint', 'Dockerfile'], alone);
    expect(configured.status).toBe(2);
    expect(configured.stderr).toContain('`failure-threshold`: found `"bogus"`, expected one of');
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

  it('keeps V8\'s code cache of a lint call, for this build only', () => {
    expect(node(['bin/build-cli.mjs']).status).toBe(0);
    const id = /^\/\/ shipshape-cli ([0-9a-f]{16})\n/.exec(readFileSync(bundle, 'utf8'))?.[1];
    expect(id).toBeDefined();
    const file = join(mkdtempSync(join(tmpdir(), 'shipshape-v8-')), 'Dockerfile');
    writeFileSync(file, dockerfile);
    const lint = () => node(['bin/shipshape.js', 'lint', file]);
    rmSync(codeCache, { force: true });
    expect(node(['bin/shipshape.js', '--version']).status).toBe(0);
    expect(() => statSync(codeCache)).toThrow();
    const first = lint();
    expect(first.stdout).toContain('error DL3000');
    const kept = readFileSync(codeCache);
    expect(kept.subarray(0, 16).toString('latin1')).toBe(id);
    expect(kept.length).toBeGreaterThan(100_000);
    // Kept once: a call that finds it accepted writes nothing.
    const past = new Date('2001-01-01T00:00:00Z');
    utimesSync(codeCache, past, past);
    expect(lint().stdout).toBe(first.stdout);
    expect(statSync(codeCache).mtime.getFullYear()).toBe(2001);
    // Another build's cache is not offered to V8: the call compiles and keeps its own.
    writeFileSync(codeCache, Buffer.concat([Buffer.from('0123456789abcdef'), kept.subarray(16)]));
    expect(lint().stdout).toBe(first.stdout);
    expect(readFileSync(codeCache).subarray(0, 16).toString('latin1')).toBe(id);
  });
});
