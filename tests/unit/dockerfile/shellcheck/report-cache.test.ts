/**
 * Unit tests: ShellCheck's disk cache (`report-cache.ts`) without ShellCheck. The key is the
 * program's file as the `PATH` resolves it (symbolic links followed; a changed file is another
 * key); entries read back as written, and anything else reads as missing; `tidy` removes
 * entries unused for the age limit, the least recently used beyond the count and old asides,
 * at most once a day and only after a run that added entries.
 */
import {
  chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  openReportCache, programIdentity, type Json1Comment,
} from '../../../../src/dockerfile/shellcheck/report-cache.ts';

const DAY = 24 * 60 * 60 * 1000;
const comment: Json1Comment = { file: 'run-0.sh', line: 3, endLine: 3, level: 'info',
  code: 2086, message: 'Double quote to prevent globbing and word splitting.' };

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'shipshape-report-cache-'));
}

/** An executable `name` in a new folder. */
function program(name = 'shellcheck', text = '#!/bin/sh\n'): { dir: string; file: string } {
  const dir = folder();
  const file = join(dir, name);
  writeFileSync(file, text);
  chmodSync(file, 0o755);
  return { dir, file };
}

/** Sets a file's access and modification times to `daysAgo` days before `now`. */
function age(file: string, daysAgo: number, now: number): void {
  const then = new Date(now - daysAgo * DAY);
  utimesSync(file, then, then);
}

/** The folder was last tidied `daysAgo` days before `now`. */
function tidiedDaysAgo(dir: string, daysAgo: number, now: number): void {
  writeFileSync(join(dir, 'tidied'), '');
  age(join(dir, 'tidied'), daysAgo, now);
}

const entries = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.json'));

describe('the program identity', () => {
  it('is the file the PATH finds first, executable, with its links followed', () => {
    const first = program();
    const second = program();
    const notExecutable = folder();
    writeFileSync(join(notExecutable, 'shellcheck'), '#!/bin/sh\n');
    const path = [join(first.dir, 'missing'), notExecutable, first.dir, second.dir].join(':');
    const found = programIdentity('shellcheck', path);
    expect(found?.split('\0')[0]).toBe(first.file);
    const links = folder();
    symlinkSync(first.file, join(links, 'shellcheck'));
    expect(programIdentity('shellcheck', links)).toBe(found);
    expect(programIdentity(first.file, '')).toBe(found);
    expect(programIdentity('shellcheck', notExecutable)).toBeUndefined();
    expect(programIdentity('shellcheck', '')).toBeUndefined();
  });

  it('changes when the file is replaced (another size or time)', () => {
    const { dir, file } = program();
    const before = programIdentity('shellcheck', dir);
    writeFileSync(file, '#!/bin/sh\n# ShellCheck, the next version\n');
    expect(programIdentity('shellcheck', dir)).not.toBe(before);
  });
});

describe('the report cache', () => {
  it('reads back what was written, per program and options; anything else is missing', () => {
    const dir = join(folder(), 'shipshape', 'shellcheck');
    const cache = openReportCache(dir, 'program-a', 'SC2187');
    expect(cache.read('echo $x\n')).toBeUndefined();
    cache.write('echo $x\n', [comment]);
    cache.write('true\n', []);
    expect(cache.read('echo $x\n')).toEqual([comment]);
    expect(cache.read('true\n')).toEqual([]);
    expect(openReportCache(dir, 'program-b', 'SC2187').read('true\n')).toBeUndefined();
    expect(openReportCache(dir, 'program-a', 'SC1090').read('true\n')).toBeUndefined();
    // A file holding another key (a hash collision) is a miss, not that key's report.
    const [name] = entries(dir).filter((entry) =>
      readFileSync(join(dir, entry), 'utf8').includes('echo $x'));
    const file = join(dir, name ?? '');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as [string, unknown];
    writeFileSync(file, JSON.stringify([stored[0].replace('echo $x', 'echo $y'), stored[1]]));
    expect(cache.read('echo $x\n')).toBeUndefined();
    writeFileSync(file, JSON.stringify(stored));
    expect(cache.read('echo $x\n')).toEqual([comment]);
    for (const entry of entries(dir)) {
      writeFileSync(join(dir, entry), JSON.stringify([stored[0], [{ file: 'x', line: '3' }]]));
    }
    expect(cache.read('echo $x\n')).toBeUndefined();
  });

  it('a folder that cannot be made costs nothing but the entries', () => {
    const file = join(folder(), 'a-file');
    writeFileSync(file, '');
    const cache = openReportCache(join(file, 'shellcheck'), 'p', '');
    cache.write('true\n', []);
    expect(cache.read('true\n')).toBeUndefined();
    expect(() => cache.tidy()).not.toThrow();
  });

  it('tidy removes entries unused for the age limit and old asides, keeps the rest', () => {
    const dir = folder();
    const now = Date.now();
    const old = openReportCache(dir, 'p', '');
    for (let k = 0; k < 4; k++) old.write(`echo ${k}\n`, []);
    const [stale, unused, recent, fresh] = entries(dir).sort();
    age(join(dir, stale ?? ''), 40, now);
    age(join(dir, unused ?? ''), 31, now);
    age(join(dir, recent ?? ''), 29, now);
    writeFileSync(join(dir, `${fresh}.123.tmp`), '[');
    writeFileSync(join(dir, `${recent}.456.tmp`), '[');
    age(join(dir, `${fresh}.123.tmp`), 2, now);
    tidiedDaysAgo(dir, 2, now);
    const run = openReportCache(dir, 'p', '');
    run.write('echo new\n', []);
    run.tidy(now);
    const left = readdirSync(dir);
    expect(left).not.toContain(stale);
    expect(left).not.toContain(unused);
    expect(left).not.toContain(`${fresh}.123.tmp`);
    expect(left).toContain(recent);
    expect(left).toContain(fresh);
    expect(left).toContain(`${recent}.456.tmp`);
    expect(entries(dir)).toHaveLength(3);
  });

  it('an entry read recently is kept though written long ago (its access time)', () => {
    const dir = folder();
    const now = Date.now();
    const cache = openReportCache(dir, 'p', '');
    cache.write('echo 1\n', []);
    const [entry] = entries(dir);
    const file = join(dir, entry ?? '');
    utimesSync(file, new Date(now - DAY), new Date(now - 60 * DAY));
    tidiedDaysAgo(dir, 2, now);
    const run = openReportCache(dir, 'p', '');
    run.write('echo 2\n', []);
    run.tidy(now);
    expect(existsSync(file)).toBe(true);
  });

  it('tidy keeps at most the entry limit, the least recently used going first', () => {
    const dir = folder();
    const now = Date.now();
    const cache = openReportCache(dir, 'p', '', { maxAgeDays: 30, maxEntries: 3 });
    for (let k = 0; k < 5; k++) cache.write(`echo ${k}\n`, []);
    const names = entries(dir).sort();
    names.forEach((name, k) => age(join(dir, name), 10 - k, now));
    tidiedDaysAgo(dir, 2, now);
    cache.tidy(now);
    expect(entries(dir).sort()).toEqual(names.slice(2));
  });

  it('tidies at most once a day, and only after a run that added entries', () => {
    const dir = folder();
    const now = Date.now();
    const first = openReportCache(dir, 'p', '');
    first.write('echo 1\n', []);
    const [entry] = entries(dir);
    age(join(dir, entry ?? ''), 40, now);
    // A folder's first tidy starts its clock only.
    first.tidy(now);
    expect(existsSync(join(dir, 'tidied'))).toBe(true);
    expect(entries(dir)).toHaveLength(1);
    // Nothing added (a read of another script): nothing tidied.
    const reader = openReportCache(dir, 'p', '');
    reader.read('echo 3\n');
    reader.tidy(now + 2 * DAY);
    expect(entries(dir)).toHaveLength(1);
    // Added, but tidied less than a day ago.
    const soon = openReportCache(dir, 'p', '');
    soon.write('echo 2\n', []);
    soon.tidy(now + DAY / 2);
    expect(entries(dir)).toHaveLength(2);
    // A day later.
    age(join(dir, 'tidied'), 2, now);
    soon.tidy(now);
    expect(entries(dir)).toHaveLength(1);
  });

  it('the marker folder may not exist yet: tidy makes nothing when nothing was written', () => {
    const dir = join(folder(), 'never');
    const cache = openReportCache(dir, 'p', '');
    cache.tidy();
    expect(existsSync(dir)).toBe(false);
  });
});
