/**
 * The `shipshape lint` command, run as a real process (`bin/shipshape.js` under this Node): each
 * exit code, both output formats, and bad input that must give one line, never a stack trace.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, writeUnder } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'shipshape-cli-'));
const file = (name: string, content: string | Buffer) => writeUnder(dir, name, content);
// A home and working directory without a configuration: the machine's user's is not read.
const run = (args: string[], input?: string, env: Record<string, string> = {}) =>
  runCli(args, { home: dir, cwd: dir, input, env });

const clean = [
  'FROM python:3.13-slim',
  'WORKDIR /app',
  'COPY requirements.txt .',
  'RUN pip install --no-cache-dir -r requirements.txt',
  'COPY . .',
  'USER 10001',
  'HEALTHCHECK CMD ["python", "-c", "print(1)"]',
  'CMD ["python", "app.py"]',
  '',
].join('\n');
const withError = 'FROM python:3.13-slim\nWORKDIR app\nMAINTAINER someone\nCMD python app.py\n';

/** Reproducible noise (a linear congruential generator), so a failure can be replayed. */
function seededBytes(length: number, seed = 42): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe('shipshape lint', () => {
  it('exits 0 and prints nothing for a clean Dockerfile', () => {
    file('clean/.dockerignore', '.git\n');
    const result = run(['lint', file('clean/Dockerfile', clean)]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('');
    expect(result.code).toBe(0);
  });

  it('prints compiler-style lines and exits 1 on an error-level finding', () => {
    const path = file('bad/Dockerfile', withError);
    const result = run(['lint', path]);
    expect(result.code).toBe(1);
    expect(result.stdout)
      .toMatch(new RegExp(`^${path}:2:1 error DL3000 .*WorkdirRelativePath`, 'm'));
    expect(result.stdout).toMatch(new RegExp(`^${path}:3:1 error DL4000 `, 'm'));
    expect(result.stdout).toMatch(new RegExp(`^${path}:4:1 warning DL3025 `, 'm'));
  });

  it('writes JSON findings with hadolint\'s keys, and related findings', () => {
    const path = file('json/Dockerfile', withError);
    const result = run(['lint', '--format', 'json', path]);
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    const dl3025 = findings.find((f) => f['code'] === 'DL3025');
    expect(dl3025).toMatchObject({ file: path, level: 'warning', line: 4, column: 1, endLine: 4,
      related: [{ rule: 'JSONArgsRecommended', line: 4 }] });
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(expect.arrayContaining(
        ['code', 'column', 'endLine', 'file', 'level', 'line', 'message']));
    }
  });

  it('exits 1 on an info finding alone (hadolint\'s default threshold), 0 with codeclimate',
    () => {
      const infoOnly = clean.replace('USER 10001', 'RUN apk add curl=8.12.1-r0\nUSER 10001');
      file('info/.dockerignore', '.git\n');
      const path = file('info/Dockerfile', infoOnly);
      const result = run(['lint', path]);
      expect(result.stdout).toMatch(/:6:1 info DL3019 /);
      expect(result.stdout).not.toMatch(/ (error|warning) /);
      expect(result.code).toBe(1);
      const codeclimate = run(['lint', '-f', 'codeclimate', path]);
      expect(JSON.parse(codeclimate.stdout.split('\0')[0] ?? '')).toMatchObject(
        { check_name: 'DL3019', severity: 'info' });
      expect(codeclimate.code).toBe(0);
      expect(run(['lint', '-f', 'gitlab_codeclimate', path]).code).toBe(1);
    });

  it('colours tty output unless --no-color or NO_COLOR is given', () => {
    const path = file('tty/Dockerfile', withError);
    const coloured = run(['lint', '--format', 'tty', path]);
    expect(coloured.stdout).toContain(`${path}:2 DL3000 \u001b[1m\u001b[31merror\u001b[0m: `);
    expect(coloured.code).toBe(1);
    // hadolint counts NO_COLOR as set whatever its value, the empty string included.
    for (const [args, env] of [[['--no-color'], {}], [[], { NO_COLOR: '1' }],
      [[], { NO_COLOR: '' }]] as const) {
      const plain = run(['lint', '-f', 'tty', ...args, path], undefined, env);
      expect(plain.stdout).not.toContain('\u001b');
      expect(plain.stdout).toMatch(new RegExp(`^${path}:2 DL3000 error: `, 'm'));
    }
  });

  it('prints its version and the upstream commits with -v/--version, as hadolint, exit 0', () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname,
      '../../../package.json'), 'utf8')) as { version: string };
    const expected = `shipshape ${version} (rules follow hadolint ` +
      '8f936c5e975d3663b3cce4ac5b3baa3db26b8516 and BuildKit ' +
      '73ed6825c4b7569379ef89df0aedcdbe64473d31)\n';
    const path = file('version/Dockerfile', withError);
    // hadolint's `execute`: the version wins over files given with it (no lint, exit 0).
    for (const args of [['--version'], ['-v'], ['lint', '--version'], ['lint', '-v', path]]) {
      const result = run(args);
      expect(result, args.join(' ')).toMatchObject({ code: 0, stdout: expected, stderr: '' });
    }
  });

  it('--platform checks base images against the dataset\'s published platforms', () => {
    const path = file('platform/Dockerfile', 'FROM gcr.io/distroless/python3-debian12\n' +
      'COPY app.py /app/\nUSER nonroot\nCMD ["/app/app.py"]\n');
    const off = run(['lint', '-f', 'json', path]);
    expect(off.stdout).not.toContain('InvalidBaseImagePlatform');
    const on = run(['lint', '-f', 'json', '--platform', 'linux/s390x', path]);
    expect(on.stderr).toBe('');
    expect(JSON.parse(on.stdout)).toContainEqual(expect.objectContaining({
      code: 'InvalidBaseImagePlatform', line: 1 }));
    expect(on.stdout).toContain('is published for \\"linux/amd64\\", \\"linux/arm64\\", not ' +
      'for \\"linux/s390x\\"');
    expect(run(['lint', '-f', 'json', '--platform=linux/arm64', path]).stdout)
      .not.toContain('InvalidBaseImagePlatform');
    const bad = run(['lint', '--platform', 'arm64', path]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--platform takes a platform written os/arch');
  });

  it('writes each format through the real command', () => {
    const path = file('formats/Dockerfile', withError);
    const outputs = Object.fromEntries(['sarif', 'checkstyle', 'gnu', 'gitlab_codeclimate']
      .map((format) => [format, run(['lint', `--format=${format}`, path])]));
    const sarifIds = JSON.parse(outputs['sarif']?.stdout ?? '').runs[0].results
      .map((result: { ruleId: string }) => result.ruleId);
    expect(sarifIds).toEqual(expect.arrayContaining(['DL3000', 'DL4000', 'DL3025']));
    expect(outputs['checkstyle']?.stdout).toContain('<error line="2" column="1" ' +
      'severity="error" message="WORKDIR `app` is relative');
    expect(outputs['gnu']?.stdout).toMatch(new RegExp(`^shipshape:${path}:2: DL3000 error: `, 'm'));
    expect(JSON.parse(outputs['gitlab_codeclimate']?.stdout ?? '')[0].fingerprint)
      .toMatch(/^[0-9a-f]{40}$/);
    for (const output of Object.values(outputs)) expect(output.code).toBe(1);
    const codacy = run(['lint', '-f', 'codacy', path]);
    expect(codacy.stdout.trimEnd().split('\n').map((line) => JSON.parse(line)))
      .toContainEqual(expect.objectContaining({ filename: path, patternId: 'DL3000', line: 2 }));
    expect(codacy.code).toBe(0);
    const sonar = run(['lint', '-f', 'sonarqube', path]);
    expect(JSON.parse(sonar.stdout).issues).toContainEqual(expect.objectContaining({
      ruleId: 'DL3000', severity: 'CRITICAL', type: 'BUG',
      primaryLocation: expect.objectContaining({ filePath: path }) }));
    expect(sonar.code).toBe(1);
    const junit = run(['lint', '-f', 'junit', path]);
    expect(junit.stdout)
      .toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites id="\d{8}_\d{6}" /);
    expect(junit.stdout).toContain('<testcase id="shipshape.rule.DL3000" name="DL3000" ');
    expect(junit.code).toBe(1);
  });

  it('reads a Dockerfile from stdin with `-`', () => {
    const result = run(['lint', '--format=json', '-'], withError);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)[0]).toMatchObject({ file: '<stdin>' });
  });

  it('exits 2 on usage errors, with the usage line', () => {
    for (const args of [[], ['lint'], ['frobnicate'], ['lint', '--format', 'xml', 'x'],
      ['lint', '--fast', 'x'], ['lint', '-f'], ['lint', '--dry-run', 'x'],
      ['lint', '--fix', '-']]) {
      const result = run(args);
      if (args.length === 0) {
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('usage: shipshape lint');
        continue;
      }
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('usage: shipshape lint');
    }
  });

  it('gives one line, no stack trace, for input that is not a Dockerfile', () => {
    const cases: Array<[string, string]> = [
      [join(dir, 'missing/Dockerfile'), 'no such file'],
      [dir, 'is a directory'],
      [file('binary/Dockerfile', randomBytes(4096).fill(0, 10, 20)),
        'not a Dockerfile (binary data: contains NUL bytes)'],
      // Random bytes without a NUL used to be linted (1,416 findings for 64 KB).
      [file('noise/Dockerfile', Buffer.from(seededBytes(65_536).map((b) => b || 1))),
        'not a Dockerfile (binary data: '],
      [file('empty/Dockerfile', ''), 'empty file'],
    ];
    for (const [path, reason] of cases) {
      const result = run(['lint', path]);
      expect(result.code, path).toBe(2);
      expect(result.stderr.trim().split('\n'), path).toHaveLength(1);
      expect(result.stderr).toContain(reason);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('lints 1 MB of random text into findings without hanging', () => {
    const words = Array.from({ length: 150_000 }, () => randomBytes(3).toString('base64'));
    const text = words.join(' ').replace(/(.{80})/g, '$1\n').slice(0, 1_000_000);
    const result = run(['lint', '--format', 'json', file('random/Dockerfile', text)]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect([0, 1]).toContain(result.code);
    expect(Array.isArray(JSON.parse(result.stdout))).toBe(true);
  });

  it('lints text with emoji, Cyrillic, a BOM and CRLF line ends, which is not binary', () => {
    const text = '\ufeffFROM alpine:3.20\r\n# 🐳 образ — café\r\nRUN echo ☃\r\n' +
      'USER 10001\r\nHEALTHCHECK NONE\r\nCMD ["sh"]\r\n';
    const result = run(['lint', file('unicode/Dockerfile', text)]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('reports `${…}` nested 10 000 deep as a finding with its line, not a crash', () => {
    const deep = `\${a:-`.repeat(10_000) + 'x' + '}'.repeat(10_000);
    const text = `ARG a\nFROM alpine:3.20\nARG a\nENV b=${deep}\nLABEL c=${deep}\n`;
    const result = run(['lint', file('deep/Dockerfile', text)]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const nesting = result.stdout.split('\n').filter((l) => l.includes('nested 10000 levels'));
    expect(nesting).toHaveLength(2);
    expect(nesting[0]).toMatch(/deep\/Dockerfile:4:1 error SS000 .*at most 64 levels/);
  });
});
