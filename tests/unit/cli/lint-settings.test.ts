/**
 * `shipshape lint` run as a real process with hadolint's suppression and failure options:
 * `--config`, a `.hadolint.yaml` beside the Dockerfile, `--ignore` (repeatable),
 * `--failure-threshold`, and a bad configuration reported as `file:line` with exit code 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../../bin/shipshape.js');
const dir = mkdtempSync(join(tmpdir(), 'shipshape-cli-settings-'));

function file(name: string, content: string): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A warning (DL3008) and an info finding (DL3015), no error: exit 1 at hadolint's default
 * threshold (`info`), 0 with `--failure-threshold error`.
 */
const dockerfile = [
  'FROM debian:12.5',
  'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
  'USER 10001',
  'HEALTHCHECK NONE',
  'CMD ["sh"]',
  '',
].join('\n');
const rules = (stdout: string) => stdout.split('\n').filter(Boolean).map((l) => l.split(' ')[2]);

describe('shipshape lint: configuration and failure options', () => {
  it('reads .hadolint.yaml beside the Dockerfile', () => {
    const path = file('beside/Dockerfile', dockerfile);
    expect(rules(run(['lint', path]).stdout)).toEqual(['DL3008', 'DL3015']);
    file('beside/.hadolint.yaml', 'ignored:\n  - DL3015\n');
    const result = run(['lint', path]);
    expect(rules(result.stdout)).toEqual(['DL3008']);
    expect(result.code).toBe(1);
  });

  it('uses --config instead of a file beside the Dockerfile', () => {
    const path = file('explicit/Dockerfile', dockerfile);
    file('explicit/.hadolint.yml', 'ignored: [DL3008]\n');
    const config = file('elsewhere/conf.yaml', 'override:\n  error:\n    - DL3008\n');
    const result = run(['lint', '--config', config, path]);
    expect(result.stdout).toMatch(/Dockerfile:2:1 error DL3008 /);
    expect(result.code).toBe(1);
  });

  it('--ignore is repeatable and adds to the configuration', () => {
    const path = file('ignore/Dockerfile', dockerfile);
    const result = run(['lint', '--ignore', 'DL3008', '--ignore=DL3015', path]);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(0);
  });

  it('--failure-threshold decides the exit code, as in hadolint', () => {
    const path = file('threshold/Dockerfile', dockerfile);
    expect(run(['lint', path]).code).toBe(1);
    expect(run(['lint', '--failure-threshold', 'error', path]).code).toBe(0);
    expect(run(['lint', '--failure-threshold', 'warning', path]).code).toBe(1);
    expect(run(['lint', '--failure-threshold=info', '--ignore', 'DL3008', path]).code).toBe(1);
    expect(run(['lint', '--failure-threshold=warning', '--ignore', 'DL3008', path]).code).toBe(0);
    file('threshold/.hadolint.yaml', 'failure-threshold: style\n');
    expect(run(['lint', path]).code).toBe(1);
    expect(run(['lint', '--failure-threshold', 'error', path]).code).toBe(0);
  });

  it('no-fail in the configuration exits 0 whatever is found', () => {
    const path = file('nofail/Dockerfile', 'FROM debian:12.5\nWORKDIR app\n');
    expect(run(['lint', path]).code).toBe(1);
    file('nofail/.hadolint.yaml', 'no-fail: true\n');
    expect(run(['lint', path]).code).toBe(0);
  });

  it('reports a bad configuration as file:line and exits 2, without a stack trace', () => {
    const path = file('bad/Dockerfile', dockerfile);
    const config = file('bad/.hadolint.yaml', 'ignored:\n  - DL3008\noverride:\n  fatal: [x]\n');
    const result = run(['lint', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${config}:4: \`override.fatal\`: found a key`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(run(['lint', '--config', join(dir, 'missing.yaml'), path]).stderr)
      .toContain('missing.yaml: cannot read the configuration file (no such file)');
  });

  it('--buildkit-check replaces the # check= directive, as BUILDKIT_DOCKERFILE_CHECK does', () => {
    const path = file('buildkit/Dockerfile',
      '# check=skip=FromAsCasing\nFROM alpine:3.20 as base\ncopy x /x\nCMD ["sh"]\n');
    const ids = (args: string[]) => rules(run(['lint', ...args, path]).stdout);
    expect(ids([])).toContain('ConsistentInstructionCasing');
    expect(ids([])).not.toContain('FromAsCasing');
    const replaced = run(['lint', '--buildkit-check', 'skip=ConsistentInstructionCasing;error=true',
      path]);
    expect(replaced.stdout).toMatch(/:2:1 error FromAsCasing /);
    expect(rules(replaced.stdout)).not.toContain('ConsistentInstructionCasing');
    const bad = run(['lint', '--buildkit-check', 'skip', path]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--buildkit-check takes BuildKit\'s check options');
  });

  it('refuses a bad option value with the usage line', () => {
    const result = run(['lint', '--failure-threshold', 'fatal', 'Dockerfile']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--failure-threshold must be one of error, warning, info, style/);
    expect(result.stderr).toContain('usage: shipshape lint');
    expect(run(['lint', '--ignore']).stderr).toMatch(/--ignore <value>' argument missing/);
  });
});
