/**
 * The `shipshape lint` command, run as a real process (`bin/shipshape.js` under this Node): each
 * exit code, both output formats, and bad input that must give one line, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../../bin/shipshape.js');
const dir = mkdtempSync(join(tmpdir(), 'shipshape-cli-'));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 512 * 1024 * 1024,
    ...(input === undefined ? {} : { input }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

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

  it('writes JSON findings with the related findings of the other rule set', () => {
    const path = file('json/Dockerfile', withError);
    const result = run(['lint', '--format', 'json', path]);
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    const dl3025 = findings.find((f) => f['rule'] === 'DL3025');
    expect(dl3025).toMatchObject({ file: path, severity: 'warning', line: 4, endLine: 4,
      related: [{ rule: 'JSONArgsRecommended', line: 4 }] });
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(expect.arrayContaining(
        ['endLine', 'file', 'line', 'message', 'rule', 'severity']));
    }
  });

  it('reads a Dockerfile from stdin with `-`', () => {
    const result = run(['lint', '--format=json', '-'], withError);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)[0]).toMatchObject({ file: '<stdin>' });
  });

  it('exits 2 on usage errors, with the usage line', () => {
    for (const args of [[], ['lint'], ['frobnicate'], ['lint', '--format', 'xml', 'x'],
      ['lint', '--fast', 'x']]) {
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
