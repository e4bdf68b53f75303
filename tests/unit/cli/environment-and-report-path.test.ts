/**
 * `shipshape lint` run as a real process with hadolint's `HADOLINT_*` variables
 * (`src/cli/environment.ts`) and `--file-path-in-report`: each variable changes what is found,
 * how it is reported or the exit code; the command line beats a configuration file, which beats
 * the environment, and lists add up (hadolint's `app/Main.hs`); the report path replaces the real
 * one in every format. Each run has its own empty home and working directory, and no
 * `HADOLINT_*` variable of the machine leaks in.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../src/cli/formats/index.ts';
import { runCli, writeUnder } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'shipshape-cli-env-'));
const file = (name: string, content: string) => writeUnder(dir, name, content);
const run = (args: string[], variables: Record<string, string> = {}) =>
  runCli(args, { env: variables });

/** A warning (DL3008) and an info finding (DL3015), no error. */
const dockerfile = [
  'FROM debian:12.5',
  'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
  'USER 10001',
  'HEALTHCHECK NONE',
  'CMD ["sh"]',
  '',
].join('\n');
const findings = (stdout: string) => stdout.split('\n').filter(Boolean)
  .map((line) => `${line.split(' ')[1]} ${line.split(' ')[2]}`);

describe('HADOLINT_* environment variables', () => {
  const path = file('env/Dockerfile', dockerfile);

  it('HADOLINT_IGNORE adds to --ignore', () => {
    expect(findings(run(['lint', path]).stdout)).toEqual(['warning DL3008', 'info DL3015']);
    expect(findings(run(['lint', path], { HADOLINT_IGNORE: 'DL3008' }).stdout))
      .toEqual(['info DL3015']);
    const both = run(['lint', '--ignore', 'DL3015', path], { HADOLINT_IGNORE: 'DL3008' });
    expect(both.stdout).toBe('');
    expect(both.code).toBe(0);
  });

  it('HADOLINT_FAILURE_THRESHOLD: the file beats it, the option beats the file', () => {
    expect(run(['lint', path]).code).toBe(1);
    expect(run(['lint', path], { HADOLINT_FAILURE_THRESHOLD: 'error' }).code).toBe(0);
    const config = file('env-threshold/.hadolint.yaml', 'failure-threshold: style\n');
    const withFile = ['lint', '--config', config, path];
    expect(run(withFile, { HADOLINT_FAILURE_THRESHOLD: 'error' }).code).toBe(1);
    expect(run(['lint', '-t', 'error', '--config', config, path],
      { HADOLINT_FAILURE_THRESHOLD: 'style' }).code).toBe(0);
  });

  it('HADOLINT_NOFAIL, unless a file says no-fail: false', () => {
    expect(run(['lint', path], { HADOLINT_NOFAIL: 'true' }).code).toBe(0);
    expect(run(['lint', path], { HADOLINT_NOFAIL: 'no' }).code).toBe(1);
    const config = file('env-nofail/.hadolint.yaml', 'no-fail: false\n');
    expect(run(['lint', '--config', config, path], { HADOLINT_NOFAIL: '1' }).code).toBe(1);
    expect(run(['lint', '--no-fail', '--config', config, path]).code).toBe(0);
  });

  it('HADOLINT_FORMAT, before --format', () => {
    const json = run(['lint', path], { HADOLINT_FORMAT: 'json' });
    expect((JSON.parse(json.stdout) as Array<{ code: string }>).map((f) => f.code))
      .toEqual(['DL3008', 'DL3015']);
    const [first, ...rest] = run(['lint', '-f', 'gnu', path], { HADOLINT_FORMAT: 'json' })
      .stdout.split('\n');
    expect(JSON.parse(first ?? '')).toHaveLength(2);
    expect(rest.filter(Boolean)).toHaveLength(2);
    expect(rest[0]).toMatch(/^shipshape:.*Dockerfile:2: DL3008 warning: /);
  });

  it('HADOLINT_OVERRIDE_ERROR/WARNING/INFO/STYLE', () => {
    expect(findings(run(['lint', path], { HADOLINT_OVERRIDE_ERROR: 'DL3015',
      HADOLINT_OVERRIDE_STYLE: 'DL3008' }).stdout)).toEqual(['style DL3008', 'error DL3015']);
    expect(findings(run(['lint', path], { HADOLINT_OVERRIDE_INFO: 'DL3008',
      HADOLINT_OVERRIDE_WARNING: 'DL3015' }).stdout)).toEqual(['info DL3008', 'warning DL3015']);
    // The option adds to the variable; error wins over style, as hadolint applies them.
    expect(findings(run(['lint', '--style', 'DL3015', path],
      { HADOLINT_OVERRIDE_ERROR: 'DL3015' }).stdout)).toContain('error DL3015');
  });

  it('HADOLINT_TRUSTED_REGISTRIES', () => {
    const result = run(['lint', path], { HADOLINT_TRUSTED_REGISTRIES: 'registry.example.com' });
    expect(findings(result.stdout)).toContain('error DL3026');
    expect(findings(run(['lint', path], { HADOLINT_TRUSTED_REGISTRIES: 'docker.io' }).stdout))
      .not.toContain('error DL3026');
  });

  it('HADOLINT_REQUIRE_LABELS and HADOLINT_STRICT_LABELS', () => {
    const labelled = file('env-labels/Dockerfile',
      dockerfile.replace('USER 10001', 'LABEL team="a@example.com" extra="x"\nUSER 10001'));
    const ids = (variables: Record<string, string>) =>
      findings(run(['lint', labelled], variables).stdout).map((f) => f.split(' ')[1]);
    expect(ids({})).not.toContain('DL3049');
    expect(ids({ HADOLINT_REQUIRE_LABELS: 'team:email,owner:text' })).toContain('DL3049');
    expect(ids({ HADOLINT_REQUIRE_LABELS: 'team:email' })).not.toContain('DL3050');
    expect(ids({ HADOLINT_REQUIRE_LABELS: 'team:email', HADOLINT_STRICT_LABELS: 'on' }))
      .toContain('DL3050');
  });

  it('HADOLINT_DISABLE_IGNORE_PRAGMA', () => {
    const pragma = file('env-pragma/Dockerfile',
      dockerfile.replace('RUN apt-get', '# hadolint ignore=DL3008\nRUN apt-get'));
    expect(findings(run(['lint', pragma]).stdout)).toEqual(['info DL3015']);
    expect(findings(run(['lint', pragma], { HADOLINT_DISABLE_IGNORE_PRAGMA: 'yes' }).stdout))
      .toEqual(['warning DL3008', 'info DL3015']);
  });

  it('HADOLINT_VERBOSE, and a value it cannot read named on standard error', () => {
    expect(run(['lint', path], { HADOLINT_VERBOSE: '1' }).stderr)
      .toContain('no configuration file found');
    expect(run(['lint', path], { HADOLINT_VERBOSE: '0' }).stderr).toBe('');
    const bad = run(['lint', path], { HADOLINT_FAILURE_THRESHOLD: 'fatal' });
    expect(bad.stderr).toBe('shipshape: HADOLINT_FAILURE_THRESHOLD: `fatal` is not one of ' +
      'error, warning, info, style, ignore, none; left out\n');
    expect(bad.code).toBe(1);
  });
});

describe('--file-path-in-report', () => {
  const path = file('real-folder/Dockerfile', dockerfile);

  it('names the given path instead of the real one, in every format', () => {
    for (const format of Object.keys(FORMATS)) {
      const result = run(['lint', '-f', format, '--file-path-in-report', 'ci/app.Dockerfile',
        path]);
      expect(result.stdout, format).toContain('ci/app.Dockerfile');
      expect(result.stdout, format).not.toContain('real-folder');
    }
  });

  // hadolint test/Hadolint/Formatter/SonarQubeSpec.hs: "use custom file path from
  // --file-path-in-report".
  it('sonarqube: the issue\'s primaryLocation.filePath', () => {
    const result = run(['lint', '-f', 'sonarqube', '--file-path-in-report',
      'path/to/custom/Dockerfile', path]);
    const issues = (JSON.parse(result.stdout) as {
      issues: Array<{ primaryLocation: { filePath: string } }> }).issues;
    expect(issues.map((issue) => issue.primaryLocation.filePath))
      .toEqual(['path/to/custom/Dockerfile', 'path/to/custom/Dockerfile']);
  });

  it('leaves messages on standard error with the real path', () => {
    const result = run(['lint', '-V', '--file-path-in-report', 'ci/app.Dockerfile', path]);
    expect(result.stderr).toContain(path);
    expect(result.stdout).toMatch(/^ci\/app\.Dockerfile:2:1 warning DL3008 /);
  });
});
