/**
 * `shipshape lint`'s arguments (`src/cli/options.ts`): every format named in the help, colour
 * off by flag or NO_COLOR (set and non-empty, as no-color.org says), and clear usage errors.
 */
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../src/cli/formats/index.ts';
import { parseCommandLine, USAGE } from '../../../src/cli/options.ts';

describe('command-line options', () => {
  it('names every format in the help', () => {
    for (const name of Object.keys(FORMATS)) expect(USAGE).toMatch(new RegExp(`\\b${name}\\b`));
    for (const line of USAGE.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('reads -f, --format=…, --no-color and NO_COLOR', () => {
    const lint = (argv: string[], env = {}) => {
      const parsed = parseCommandLine(argv, env);
      if (parsed.kind !== 'lint') throw new Error(JSON.stringify(parsed));
      return parsed.command;
    };
    expect(lint(['lint', 'Dockerfile'])).toMatchObject({ formats: [], outputs: [], color: true,
      fix: false, dryRun: false, verbose: false, noFail: false, files: ['Dockerfile'] });
    expect(lint(['lint', '-f', 'sarif', 'a', '-'])).toMatchObject({ formats: ['sarif'],
      files: ['a', '-'] });
    expect(lint(['lint', '--format=gitlab_codeclimate', 'a']).formats)
      .toEqual(['gitlab_codeclimate']);
    // hadolint's repeatable -f and -o, and its -V and --no-fail.
    expect(lint(['lint', '-f', 'json', '-o', 'a.json', '--format', 'sarif', '--output=-', '-V',
      '--no-fail', 'a'])).toMatchObject({ formats: ['json', 'sarif'], outputs: ['a.json', '-'],
      verbose: true, noFail: true });
    expect(lint(['lint', '--no-color', 'a']).color).toBe(false);
    expect(lint(['lint', 'a'], { NO_COLOR: '1' }).color).toBe(false);
    expect(lint(['lint', 'a'], { NO_COLOR: '' }).color).toBe(true);
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
