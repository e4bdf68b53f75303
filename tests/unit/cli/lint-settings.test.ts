/**
 * `shipshape lint` run as a real process with hadolint's suppression and failure options:
 * `--config`, a `.hadolint.yaml` beside the Dockerfile or in hadolint's places (working
 * directory, XDG folder, home), `--ignore` (repeatable), `--failure-threshold`, the output keys
 * (`format`, `formats`, `no-color`, `verbose`) with `--output`, and a bad configuration
 * reported as `file:line` with exit code 2. Each run has its own empty home and working
 * directory unless a test gives them, so no configuration of the machine's user is read.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, writeUnder } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'shipshape-cli-settings-'));
const file = (name: string, content: string) => writeUnder(dir, name, content);

interface Where {
  cwd?: string;
  home?: string;
  xdg?: string;
}

const run = (args: string[], where: Where = {}) => runCli(args, where);

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

  it("finds a configuration in hadolint's places when none is beside the file", () => {
    const path = file('search/project/Dockerfile', dockerfile);
    const home = join(dir, 'search/home');
    const cwd = join(dir, 'search/cwd');
    mkdirSync(cwd, { recursive: true });
    const ids = (where: Where) => rules(run(['lint', path], { home, cwd, ...where }).stdout);
    expect(ids({})).toEqual(['DL3008', 'DL3015']);
    // The last place first, then each earlier one takes over.
    file('search/home/.hadolint.yml', 'ignored: [DL3008, DL3015]\n');
    expect(ids({})).toEqual([]);
    file('search/home/.hadolint/config.yaml', 'ignored: [DL3015]\n');
    expect(ids({})).toEqual(['DL3008']);
    file('search/home/.config/hadolint.yaml', 'ignored: [DL3008]\n');
    expect(ids({})).toEqual(['DL3015']);
    // $XDG_CONFIG_HOME replaces ~/.config.
    file('search/xdg/hadolint.yml', 'override:\n  error: [DL3015]\n');
    expect(run(['lint', path], { home, cwd, xdg: join(dir, 'search/xdg') }).stdout)
      .toMatch(/:2:1 error DL3015 /);
    file('search/cwd/.hadolint.yaml', 'ignored: [DL3008, DL3015]\nfailure-threshold: error\n');
    expect(ids({})).toEqual([]);
    // Beside the Dockerfile comes first.
    file('search/project/.hadolint.yaml', 'ignored: [DL3015]\n');
    expect(ids({})).toEqual(['DL3008']);
    const verbose = run(['lint', '-V', path], { home, cwd });
    expect(verbose.stderr).toBe(`shipshape: ${path}: configuration file used: ` +
      `${join(dir, 'search/project/.hadolint.yaml')}\n`);
  });

  it('--verbose says where it looked when no configuration is found', () => {
    const path = file('none/Dockerfile', dockerfile);
    const home = join(dir, 'none-home');
    const cwd = join(dir, 'none');
    const result = run(['lint', '--verbose', path], { home, cwd });
    expect(result.stderr).toBe(`shipshape: ${path}: no configuration file found (looked for ` +
      `${join(dir, 'none/.hadolint.yaml')}, ${join(dir, 'none/.hadolint.yml')}, ` +
      `${home}/.config/hadolint.yaml, ${home}/.config/hadolint.yml, ` +
      `${home}/.hadolint/hadolint.yaml, ${home}/.hadolint/hadolint.yml, ` +
      `${home}/.hadolint/config.yaml, ${home}/.hadolint/config.yml, ` +
      `${home}/.hadolint.yaml, ${home}/.hadolint.yml); using the default configuration\n`);
    expect(run(['lint', path], { home, cwd }).stderr).toBe('');
    file('none/.hadolint.yaml', 'verbose: true\n');
    expect(run(['lint', path], { home, cwd }).stderr)
      .toBe(`shipshape: ${path}: configuration file used: ${join(dir, 'none/.hadolint.yaml')}\n`);
  });

  it('format, formats and no-color in the configuration; -f adds, -o writes files', () => {
    const path = file('output/Dockerfile', dockerfile);
    expect(run(['lint', path]).stdout).toMatch(/^\S+Dockerfile:2:1 warning DL3008 /);
    file('output/.hadolint.yaml', 'format: json\n');
    expect(JSON.parse(run(['lint', path]).stdout).map((f: { code: string }) => f.code))
      .toEqual(['DL3008', 'DL3015']);
    // As hadolint: the configuration's format, then --format's, each written in turn.
    const both = run(['lint', '-f', 'gnu', path]).stdout.split('\n');
    expect(JSON.parse(both[0] ?? '')).toHaveLength(2);
    expect(both.slice(1).map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
      `shipshape:${path}:2: DL3008 warning:`, `shipshape:${path}:2: DL3015 info:`, '']);
    // formats (a list) come before format; -o sends the Nth format to the Nth file.
    file('output/.hadolint.yaml', 'formats: [sarif, checkstyle]\nformat: codacy\n');
    const sarif = join(dir, 'output/report.sarif');
    const result = run(['lint', '-o', sarif, '-o', '-', path]);
    expect(JSON.parse(readFileSync(sarif, 'utf8')).version).toBe('2.1.0');
    const [checkstyle, ...codacy] = result.stdout.trimEnd().split('\n');
    expect(checkstyle).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    expect(codacy.at(-1)).toMatch(/^\{"filename":/);
    // codacy among the formats: exit 0, as hadolint.
    expect(result.code).toBe(0);
    file('output/.hadolint.yaml', 'format: tty\nno-color: true\n');
    const tty = run(['lint', path]);
    expect(tty.stdout).toMatch(/Dockerfile:2 DL3008 warning: /);
    expect(tty.stdout).not.toContain('\u001b');
    file('output/.hadolint.yaml', 'format: tty\n');
    expect(run(['lint', path]).stdout).toContain('\u001b[1m\u001b[33mwarning\u001b[0m');
  });

  it('reports a format the CLI does not have, and unknown keys, as file:line', () => {
    const path = file('badformat/Dockerfile', dockerfile);
    const config = file('badformat/.hadolint.yaml',
      'ignored: [DL3008]\nformat: xml\nverbos: true\n');
    const result = run(['lint', path]);
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`shipshape: ${config}:2: \`format\`: found \`"xml"\`, expected ` +
      'one of `text`, `tty`, `json`, `sarif`, `checkstyle`, `codeclimate`, ' +
      '`gitlab_codeclimate`, `gnu`, `codacy`, `sonarqube`, `junit`.');
    expect(lines[1]).toMatch(new RegExp(`^${config}:3: \`verbos\`: found a key hadolint's ` +
      'configuration does not have'));
  });

  it('--no-fail exits 0 whatever is found, as no-fail: true does', () => {
    const path = file('nofailflag/Dockerfile', dockerfile);
    expect(run(['lint', path]).code).toBe(1);
    expect(run(['lint', '--no-fail', path]).code).toBe(0);
  });
});
