import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/examples/crc32.ts';
import { writeZip } from '../../../src/examples/zip.ts';
import { skipUnlessCi } from '../../require-or-skip.ts';

const text = (value: string) => new TextEncoder().encode(value);
const ENTRIES = [
  { path: 'tests/test_app.py', data: text('import unittest\n'.repeat(20)) },
  { path: 'app.py', data: text('print("hi")\n') },
  { path: 'README.md', data: text('# Ünïcode\n') },
  { path: 'empty.txt', data: new Uint8Array(0) },
];

function hasUnzip(): boolean {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('writeZip', () => {
  it('computes CRC-32 as zip does', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('gives identical bytes for the same files in any order', () => {
    const a = writeZip(ENTRIES);
    const b = writeZip([...ENTRIES].reverse().map((e) => ({ ...e, data: e.data.slice() })));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('refuses unsafe and duplicate paths', () => {
    expect(() => writeZip([{ path: '../x', data: new Uint8Array() }])).toThrow(/unsafe/);
    expect(() => writeZip([{ path: '/x', data: new Uint8Array() }])).toThrow(/unsafe/);
    expect(() => writeZip([ENTRIES[1]!, ENTRIES[1]!])).toThrow(/duplicate/);
  });

  it.skipIf(skipUnlessCi(hasUnzip() ? undefined
    : '`unzip` is not installed (Debian: apt-get install unzip)'))('is read back by unzip', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-zip-'));
    const path = join(dir, 'example.zip');
    writeFileSync(path, writeZip(ENTRIES));
    const listing = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' });
    expect(listing.trim().split('\n')).toEqual(['README.md', 'app.py', 'empty.txt', 'tests/',
      'tests/test_app.py']);
    expect(execFileSync('unzip', ['-l', path], { encoding: 'utf8' })).toContain('1980-01-01 00:00');
    for (const entry of ENTRIES) {
      const out = execFileSync('unzip', ['-p', path, entry.path]);
      expect(Buffer.from(out).equals(Buffer.from(entry.data))).toBe(true);
    }
    const info = execFileSync('zipinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/-rw-r--r--.*app\.py/);
    expect(info).toMatch(/drwxr-xr-x.*tests\//);
    execFileSync('unzip', ['-tq', path]);
  });
});
