/**
 * Tests for the ingest stage: two source files for one address (issue 14: `my notes.md` and
 * `my-notes.md`; `Notes.md` and `notes.md` on a case-insensitive disk or host) are found, each
 * pair named in one message with `file:line` and how to fix it.
 */
import { describe, expect, it } from 'vitest';
import { addressCollisions, checkAddresses } from '../../../src/loaders/address-collisions.ts';
import { entryId } from '../../../src/loaders/entry-ids.ts';

const dir = '/site/content/writeups';
const writeup = (name: string) => ({ id: entryId('writeup', dir, `${dir}/${name}`),
  display: `content/writeups/${name}` });

describe('addressCollisions', () => {
  it('finds two names that become one address', () => {
    expect(addressCollisions([writeup('my notes.md'), writeup('my-notes.md')])).toEqual([
      'content/writeups/my-notes.md:1: this file and content/writeups/my notes.md get the same ' +
      'address, /writeups/my-notes/; expected one address per page (an address is the file or ' +
      'folder name, with spaces and punctuation made `-`)']);
  });

  it('finds two names that differ only in case', () => {
    const [problem] = addressCollisions([writeup('Notes.md'), writeup('notes.md')]);
    expect(problem).toMatch(/^content\/writeups\/notes\.md:1: this file and content\/writeups\/N/);
    expect(problem).toContain('/writeups/Notes/ and /writeups/notes/, which differ only in case');
  });

  it('finds a folder write-up and a file of the same name', () => {
    expect(addressCollisions([writeup('app.md'),
      { id: entryId('writeup', dir, `${dir}/app`), display: 'content/writeups/app/README.md' }]))
      .toHaveLength(1);
  });

  it('lets distinct names be', () => {
    expect(addressCollisions([writeup('notes.md'), writeup('notes-2.md'),
      writeup('app_python.md'), writeup('app-python.md')])).toEqual([]);
  });

  it('throws one error for all, with the fix', () => {
    expect(() => checkAddresses([writeup('a b.md'), writeup('a-b.md'), writeup('X.md'),
      writeup('x.md')])).toThrow(/a-b\.md:1: .*\n.*x\.md:1: /);
  });
});
