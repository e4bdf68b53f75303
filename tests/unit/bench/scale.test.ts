/**
 * The scale bench's corpus and report (scripts/bench/scale-corpus.ts, scale-report.ts): the
 * generated write-ups differ from one another and keep what they were made from; the report
 * derives ratios and per-write-up costs from the measures and replaces only its own section.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstWriteupFile, generateCorpus, readSources, varyWriteup }
  from '../../../scripts/bench/scale-corpus.ts';
import { SCALE_HEADING, scaleSection, withScaleSection }
  from '../../../scripts/bench/scale-report.ts';
import { failureLine, type ScaleRow } from '../../../scripts/bench/scale.ts';
import { describeMachine } from '../../../scripts/bench/machine.ts';

const temp = await mkdtemp(join(tmpdir(), 'shipshape-scale-test-'));
afterAll(() => rm(temp, { recursive: true, force: true }));

describe('the scale corpus', () => {
  it('varies a write-up: its own title, an author, another Python image', () => {
    const text = '# Lab 2\n\nFROM python:3.11-slim\n';
    const a = varyWriteup(text, 0);
    const b = varyWriteup(text, 1);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^# Lab 2 — adam 0\n\nSubmitted by adam/);
    expect(a).toContain('FROM python:3.9-slim');
    expect(b).toContain('FROM python:3.10-slim');
    expect(varyWriteup('No heading here.\n', 3)).toMatch(/^# Write-up 3 \(dmitri\)\n/);
  });

  it('makes N distinct write-ups of the guide\'s files and folders, and a flat view', async () => {
    const sources = await readSources(join(process.cwd(), 'content', 'writeups'));
    expect(sources.some((s) => s.folder !== undefined)).toBe(true);
    const corpus = await generateCorpus(sources, 13, join(temp, 'corpus'));
    expect(corpus.names).toHaveLength(13);
    const flat = (await readdir(corpus.flatDir)).sort();
    expect(flat).toHaveLength(13);
    const texts = await Promise.all(flat.map((name) => readFile(join(corpus.flatDir, name),
      'utf8')));
    expect(new Set(texts).size).toBe(13);
    // A folder write-up is copied with the files beside its Markdown.
    const folder = sources.findIndex((s) => s.folder !== undefined);
    const copied = await readdir(join(corpus.dir, corpus.names[folder]!));
    expect(copied).toEqual(expect.arrayContaining(['Dockerfile']));
    expect(await readFile(firstWriteupFile(corpus, sources), 'utf8')).toBe(texts[0]);
  });
});

const build = (s: number, cpu?: number) =>
  ({ wallMs: s * 1000, cpuMs: cpu === undefined ? undefined : cpu * 1000,
    peakRssBytes: 512 * 1024 * 1024 });
const project = (clean: number[], warm: number) => ({ clean: clean.map((s) => build(s, s * 2)),
  warm: build(warm, warm), distBytes: 3 * 1024 * 1024, pageBytes: 40 * 1024,
  maxPageBytes: 50 * 1024, largestPage: { path: '/practices/', bytes: 900 * 1024 } });

describe('the scale report', () => {
  const rows: ScaleRow[] = [
    { n: 10, load: 1, shipshape: project([20, 22], 6), plain: project([10, 10], 5),
      pdf: { ms: 30_000, pages: 60 } },
    { n: 110, load: 2, shipshape: project([40, 42], 9), plain: project([15, 15], 5),
      pdf: { ms: 600_000, failure: 'timed out after 600.00 s' } },
  ];
  const section = scaleSection(rows, describeMachine(new Date('2026-01-01')), 2, 'abc1234');

  it('gives the ratio and the cost of each further write-up', () => {
    expect(section).toMatch(/\| 10 +\| +21\.00 s \| +10\.00 s \| +2\.10× \| +42\.00 s \|/);
    // (41 - 21) s over 100 write-ups, plain (15 - 10) s; in CPU (82 - 42) s and (30 - 20) s.
    expect(section)
      .toMatch(/\| 110 +\|.*\| +0\.200 s \| +0\.050 s \| +0\.400 s \| +0\.100 s \| +2\.0 \|/);
    // The warm rebuild against the clean build's median: wall 9 / 41 s, CPU 9 / 82 s.
    expect(section).toMatch(/\| 110 +\| +9\.00 s \| +0\.22× \| +9\.00 s \| +0\.11× \|/);
    expect(section).toContain('timed out after 600.00 s');
    expect(section).toMatch(/\| 10 +\| +30\.00 s \| +60 \| +0\.50 s \|/);
    // The largest page anywhere, and which it is.
    expect(section).toMatch(/\| +50\.0 KB \| +900\.0 KB `\/practices\/` \|/);
  });

  it('replaces its own section and keeps the others', () => {
    const page = `# Benchmarks\n\n## A\n\na\n\n${SCALE_HEADING}\n\nSTALE-SECTION\n\n## B\n\nb\n`;
    const next = withScaleSection(page, section);
    expect(next).not.toContain('STALE-SECTION');
    expect(next).toContain('## A\n\na\n');
    expect(next.endsWith('## B\n\nb\n')).toBe(true);
    expect(withScaleSection('# Benchmarks\n', section)).toContain(`\n\n${SCALE_HEADING}\n`);
  });
});

describe('a failed PDF step', () => {
  it('is reported by Node\'s fatal error, not the native stack printed after it', () => {
    const errors = ['<--- Last few GCs --->', '',
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      '----- Native stack trace -----', '',
      ' 1: 0xe1b3e4 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
      '10: 0x19c77d1  [/work/main/node_modules/node/bin/node]', ''].join('\n');
    expect(failureLine(errors)).toBe(
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory');
    expect(failureLine('Error: page.pdf: Target crashed\n    at print (x.ts:1:1)\n'))
      .toBe('Error: page.pdf: Target crashed');
    expect(failureLine('something odd\n')).toBe('something odd');
  });
});
