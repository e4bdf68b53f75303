/**
 * How content files are named (src/shared/shown-path.ts): inside the project as today, relative
 * to the project; outside it, on pages relative to the folder of write-ups and in messages
 * relative to where the command ran — never `../../tmp/…` from the project.
 */
import { describe, expect, it } from 'vitest';
import { pathNames, shownPath } from '../../../src/shared/shown-path.ts';

describe('pathNames', () => {
  it('names a file of the project relative to the project, whatever the command\'s folder', () => {
    const names = pathNames('/home/me/shipshape', '/home/me/shipshape/content/writeups',
      '/home/me');
    const file = '/home/me/shipshape/content/writeups/x.md';
    expect(names.stored(file)).toBe('content/writeups/x.md');
    expect(names.shown(file)).toBe('content/writeups/x.md');
    expect(names.message(file)).toBe('content/writeups/x.md');
  });

  it('names a file of a folder outside the project by that folder on pages, by the cwd in ' +
    'messages', () => {
    const names = pathNames('/home/me/shipshape', '/tmp/real14/submissions', '/tmp/real14');
    const file = '/tmp/real14/submissions/alice/app_python/DOCKER.md';
    expect(names.stored(file)).toBe('../../../tmp/real14/submissions/alice/app_python/DOCKER.md');
    expect(names.shown(file)).toBe('alice/app_python/DOCKER.md');
    expect(names.message(file)).toBe('submissions/alice/app_python/DOCKER.md');
    expect(pathNames('/home/me/shipshape', '/tmp/real14/submissions', '/srv').message(file))
      .toBe('../tmp/real14/submissions/alice/app_python/DOCKER.md');
  });

  it('does not take a sibling folder whose name starts like the project\'s for the project', () => {
    const names = pathNames('/home/me/shipshape', '/home/me/shipshape-subs', '/home/me');
    expect(names.shown('/home/me/shipshape-subs/a.md')).toBe('a.md');
    expect(names.message('/home/me/shipshape-subs/a.md')).toBe('shipshape-subs/a.md');
  });

  it('takes npm\'s INIT_CWD as the command\'s folder when none is given', () => {
    const before = process.env['INIT_CWD'];
    process.env['INIT_CWD'] = '/tmp/real14';
    try {
      expect(pathNames('/home/me/shipshape', '/tmp/real14/subs').message('/tmp/real14/subs/a.md'))
        .toBe('subs/a.md');
    } finally {
      if (before === undefined) delete process.env['INIT_CWD'];
      else process.env['INIT_CWD'] = before;
    }
  });
});

describe('shownPath', () => {
  it('prefers the loader\'s shown path, else the stored file path, else the id', () => {
    expect(shownPath({ id: 'writeups/alice', filePath: '../x/alice/DOCKER.md',
      data: { shownPath: 'alice/DOCKER.md' } })).toBe('alice/DOCKER.md');
    expect(shownPath({ id: 'writeups/x', filePath: 'content/writeups/x.md', data: {} }))
      .toBe('content/writeups/x.md');
    expect(shownPath({ id: 'writeups/x', data: {} })).toBe('writeups/x');
  });
});
