/**
 * Write-up folders: which write-ups a folder holds, and which Markdown file a folder write-up is
 * made from (tests/fixtures/bundles/ plus folders made here).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseMarkdown, findWriteups } from '../../../src/bundle/find-writeups.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/bundles');

describe('findWriteups', () => {
  it('takes .md files and folders, says which folder holds none', () => {
    const found = findWriteups(fixtures, 'subs');
    expect(found.writeups.map((w) =>
      [w.markdown.slice(fixtures.length + 1), w.folder !== undefined])).toEqual([
      ['app-python/DOCKER.md', true], ['single-file.md', false],
      ['two-dockerfiles/README.md', true]]);
    expect(found.skipped)
      .toEqual([expect.stringMatching(/^subs\/no-markdown\/: a folder with no /)]);
  });

  it('says which Markdown file it took when there are several', () => {
    const app = findWriteups(fixtures, 'subs').writeups[0];
    expect(app?.note).toMatch(/^subs\/app-python\/DOCKER\.md:1: taken as the write-up/);
    expect(app?.note).toContain('`README.md` is shown as a file beside it');
    // DOCKER.md is taken by name, as documented: no guess, so no warning.
    expect(app?.noteSeverity).toBe('info');
  });
});

describe('chooseMarkdown', () => {
  it('prefers DOCKER.md, then README.md, then index.md, in any case', () => {
    expect(chooseMarkdown(['index.md', 'readme.md'])?.name).toBe('readme.md');
    expect(chooseMarkdown(['README.md', 'DOCKER.md', 'notes.md'])).toEqual(
      { name: 'DOCKER.md', others: ['README.md', 'notes.md'], named: true });
    expect(chooseMarkdown(['report.md', 'app.py']))
      .toEqual({ name: 'report.md', others: [], named: false });
  });

  it('takes the first by name among several others, and none when there is no .md', () => {
    expect(chooseMarkdown(['b.md', 'a.md']))
      .toEqual({ name: 'a.md', others: ['b.md'], named: false });
    expect(chooseMarkdown(['Dockerfile'])).toBeUndefined();
  });
});

describe('a folder of submissions as students leave it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-writeups-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('skips hidden entries and keeps nested folders inside their write-up', () => {
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'alice/app/docs'), { recursive: true });
    writeFileSync(join(dir, 'alice/README.md'), '# Alice\n');
    writeFileSync(join(dir, 'alice/app/docs/notes.md'), '# Notes\n');
    const found = findWriteups(dir);
    expect(found.writeups.map((w) => w.markdown)).toEqual([join(dir, 'alice/README.md')]);
    expect(found.skipped).toEqual([]);
  });
});
