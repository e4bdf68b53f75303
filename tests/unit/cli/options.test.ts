/**
 * `shipshape lint`'s arguments (`src/cli/options.ts`): every format named in the help, colour
 * off by flag (NO_COLOR: `lint-command.test.ts`), clear usage errors, and hadolint's own
 * command-line cases.
 */
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../src/cli/formats/index.ts';
import { parseCommandLine, USAGE } from '../../../src/cli/options.ts';

describe('command-line options', () => {
  it('names every format in the help', () => {
    for (const name of Object.keys(FORMATS)) expect(USAGE).toMatch(new RegExp(`\\b${name}\\b`));
    for (const line of USAGE.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('reads -f, --format=…, --no-color', () => {
    const lint = (argv: string[]) => {
      const parsed = parseCommandLine(argv);
      if (parsed.kind !== 'lint') throw new Error(JSON.stringify(parsed));
      return parsed.command;
    };
    expect(lint(['lint', 'Dockerfile'])).toMatchObject({ formats: [], outputs: [],
      fix: false, dryRun: false, files: ['Dockerfile'] });
    expect(lint(['lint', '-f', 'sarif', 'a', '-'])).toMatchObject({ formats: ['sarif'],
      files: ['a', '-'] });
    expect(lint(['lint', '--format=gitlab_codeclimate', 'a']).formats)
      .toEqual(['gitlab_codeclimate']);
    // hadolint's repeatable -f and -o, and its -V and --no-fail.
    const both = lint(['lint', '-f', 'json', '-o', 'a.json', '--format', 'sarif', '--output=-',
      '-V', '--no-fail', 'a']);
    expect(both).toMatchObject({ formats: ['json', 'sarif'], outputs: ['a.json', '-'] });
    expect(both.settings.commandLine).toMatchObject({ verbose: true, noFail: true });
    expect(lint(['lint', '--no-color', 'a']).settings.commandLine.noColor).toBe(true);
    expect(lint(['lint', 'a']).settings.commandLine.noColor).toBeUndefined();
    expect(lint(['lint', '--fix', '--dry-run', '-'])).toMatchObject({ fix: true, dryRun: true });
  });

  it('says what is wrong, with the usage', () => {
    const error = (argv: string[]) => {
      const parsed = parseCommandLine(argv);
      return parsed.kind === 'error' ? parsed.message.split('\n')[0] : parsed.kind;
    };
    expect(error(['lint', '--fast', 'x'])).toBe('unknown option `--fast`');
    expect(error(['lint', '--format', 'xml', 'x'])).toMatch(/^--format must be one of .*`xml`$/);
    expect(error(['lint', '--dry-run', 'x'])).toBe('--dry-run only goes with --fix');
    expect(error(['lint'])).toBe('no Dockerfile given');
    expect(error(['build'])).toBe('unknown command `build`');
    expect(error([])).toBe('help');
    expect(error(['lint', '-h'])).toBe('help');
  });
});

/**
 * hadolint's test/Hadolint/Config/CommandlineSpec.hs at hadolint/hadolint
 * 8f936c5e975d3663b3cce4ac5b3baa3db26b8516: the cases of the options `shipshape lint` shares
 * with hadolint (a Dockerfile is always given: ours refuses a run without one; `-v`/`--version`
 * are hadolint's and not ours).
 */
describe('hadolint CommandlineSpec.hs (8f936c5e)', () => {
  const command = (args: string[]) => {
    const parsed = parseCommandLine(['lint', ...args, 'Dockerfile']);
    if (parsed.kind !== 'lint') throw new Error(JSON.stringify(parsed));
    return parsed.command;
  };
  const layer = (args: string[]) => command(args).settings.commandLine;

  it('parse with no arguments given', () => {
    expect(layer([])).toEqual({ ignore: [], override: {}, trustedRegistries: [],
      labelSchema: {}, formats: [], strictLabels: undefined, disableIgnorePragma: undefined,
      failureThreshold: undefined, noFail: undefined, noColor: undefined, verbose: undefined });
    expect(command([]).filePathInReport).toBeUndefined();
  });
  it('parse -c / --config hadolint.yaml', () => {
    expect(command(['-c', 'hadolint.yaml']).settings.config).toBe('hadolint.yaml');
    expect(command(['--config', 'hadolint.yaml']).settings.config).toBe('hadolint.yaml');
  });
  it('parse file arguments', () => {
    expect(command(['Dockerfile1', 'Dockerfile2']).files)
      .toEqual(['Dockerfile1', 'Dockerfile2', 'Dockerfile']);
  });
  it('parse --file-path-in-report foobar/Dockerfile', () => {
    expect(command(['--file-path-in-report', 'foobar/Dockerfile']).filePathInReport)
      .toBe('foobar/Dockerfile');
  });
  it('parse output destinations', () => {
    expect(command(['-o', 'report.log']).outputs).toEqual(['report.log']);
    expect(command(['--output', 'report.log', '-o', 'other-report.log']).outputs)
      .toEqual(['report.log', 'other-report.log']);
  });
  it('parse --no-fail, --no-color, -V, --verbose', () => {
    expect(layer(['--no-fail']).noFail).toBe(true);
    expect(layer(['--no-color']).noColor).toBe(true);
    expect(layer(['-V']).verbose).toBe(true);
    expect(layer(['--verbose']).verbose).toBe(true);
  });
  it('parse format options', () => {
    expect(layer(['-f', 'json']).formats).toEqual(['json']);
    expect(layer(['--format', 'sarif']).formats).toEqual(['sarif']);
    expect(layer(['-f', 'junit', '--format', 'sarif']).formats).toEqual(['junit', 'sarif']);
  });
  for (const severity of ['error', 'warning', 'info', 'style'] as const) {
    it(`parse --${severity}=DL3010 (--${severity}=DL3020)`, () => {
      expect(layer([`--${severity}`, 'DL3010']).override).toEqual({ [severity]: ['DL3010'] });
      expect(layer([`--${severity}`, 'DL3010', `--${severity}=DL3020`]).override)
        .toEqual({ [severity]: ['DL3010', 'DL3020'] });
    });
  }
  it('parse --ignore=DL3010 (--ignore=DL3020)', () => {
    expect(layer(['--ignore', 'DL3010']).ignore).toEqual([{ rule: 'DL3010',
      by: '--ignore DL3010' }]);
    expect(layer(['--ignore', 'DL3010', '--ignore=DL3020']).ignore.map((i) => i.rule))
      .toEqual(['DL3010', 'DL3020']);
  });
  it('parse trusted registries', () => {
    expect(layer(['--trusted-registry', 'foobar.com']).trustedRegistries)
      .toEqual(['foobar.com']);
    expect(layer(['--trusted-registry', 'foobar.com', '--trusted-registry', 'barfoo.io'])
      .trustedRegistries).toEqual(['foobar.com', 'barfoo.io']);
  });
  it('parse required labels', () => {
    expect(layer(['--require-label', 'foo:email']).labelSchema).toEqual({ foo: 'email' });
    expect(layer(['--require-label', 'foo:email', '--require-label', 'bar:text']).labelSchema)
      .toEqual({ foo: 'email', bar: 'text' });
  });
  it('parse --strict-labels and --disable-ignore-pragma', () => {
    expect(layer(['--strict-labels']).strictLabels).toBe(true);
    expect(layer(['--disable-ignore-pragma']).disableIgnorePragma).toBe(true);
  });
  it('parse failure thresholds', () => {
    expect(layer(['-t', 'warning']).failureThreshold).toBe('warning');
    expect(layer(['--failure-threshold', 'style']).failureThreshold).toBe('style');
  });
  it('fail parsing on garbage input', () => {
    for (const args of [['--blafoo'], ['--require-label', 'foo:bar']]) {
      expect(parseCommandLine(['lint', ...args, 'Dockerfile']).kind, args.join(' '))
        .toBe('error');
    }
    const parsed = parseCommandLine(['lint', '--require-label', 'foo:bar', 'Dockerfile']);
    expect(parsed.kind === 'error' && parsed.message.split('\n')[0]).toBe('--require-label ' +
      'takes LABEL:TYPE with a TYPE of email, hash, text, rfc3339, semver, spdx or url, got ' +
      '`foo:bar`');
  });
});
