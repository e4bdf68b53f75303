/**
 * Tests for the ingest stage, examples: `basedOn` names a write-up file or a write-up folder
 * (issue 14: `basedOn: app_python`), giving its title (the one the guide loader gave its page,
 * handed over: issue 15) and address; an unknown name is an error at `example.yaml:line` that
 * lists the names there are.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findWriteups } from '../../../src/bundle/find-writeups.ts';
import { findBasedOn, namedWriteup } from '../../../src/examples/based-on.ts';
import { parseExampleMeta } from '../../../src/examples/parse-example-meta.ts';
import { ContentError } from '../../../src/shared/content-error.ts';

const dir = mkdtempSync(join(tmpdir(), 'based-on-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'app_python'));
writeFileSync(join(dir, 'app_python/DOCKER.md'), '# Docker: the Moscow time app\n\nText.\n');
writeFileSync(join(dir, 'app_python/Dockerfile'), 'FROM python:3.12-slim\n');
writeFileSync(join(dir, 'My Notes.md'), '---\ntitle: Notes on the vote service\n---\n# X\n');

const YAML = 'title: T\nshows: S\norder: 1\nbasedOn: app_pyhton\nport: 8080\n' +
  'healthPath: /health\nhealthResponse: ok\nfindings: []\n';
// The titles the guide loader gave the pages (it reads the write-ups; nothing else does).
const titles = new Map([['app_python', 'Docker: the Moscow time app'],
  ['My Notes.md', 'Notes on the vote service']]);
const named = findWriteups(dir).writeups.map((w) => namedWriteup(w, dir,
  titles.get((w.folder ?? w.markdown).slice(dir.length + 1)) ?? ''));
const find = (name: string) =>
  findBasedOn(name, named, 'content/writeups', 'content/examples/01/example.yaml', YAML);

describe('findBasedOn', () => {
  it('finds a write-up folder by its name, with its page\'s title', () => {
    expect(find('app_python')).toEqual({ title: 'Docker: the Moscow time app',
      url: '/writeups/app_python/' });
  });

  it('finds a single-file write-up by its file name, with its page\'s title', () => {
    expect(find('My Notes')).toEqual({ title: 'Notes on the vote service',
      url: '/writeups/My-Notes/' });
  });

  it('refuses an unknown name at the line of basedOn, listing the names there are', () => {
    expect(() => find('app_pyhton')).toThrow(ContentError);
    expect(() => find('app_pyhton')).toThrow(new RegExp(
      '^content/examples/01/example.yaml:4: basedOn: found `app_pyhton`, which ' +
      'content/writeups/ does not have; .*\\(`My Notes`, `app_python`\\)$'));
  });

  it('says that names keep their case', () => {
    try {
      find('App_Python');
      expect.unreachable();
    } catch (error) {
      expect((error as ContentError).hint).toBe('Names keep their case: write ' +
        '`basedOn: app_python`.');
    }
  });
});

describe('example.yaml accepts a folder write-up\'s name', () => {
  it('takes underscores and capitals', () => {
    expect(parseExampleMeta(YAML.replace('app_pyhton', 'App_Python'), 'e.yaml').basedOn)
      .toBe('App_Python');
  });

  it('still refuses a path', () => {
    expect(() => parseExampleMeta(YAML.replace('app_pyhton', '../etc'), 'e.yaml'))
      .toThrow(/e.yaml:4: field `basedOn`/);
  });
});
