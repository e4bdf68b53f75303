/**
 * The shared path check (src/shared/author-path.ts): a path written in content reaches only
 * regular files inside the content folder, under the size limit; every refusal says what was
 * found and what is expected, and nothing is read to find out.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAuthorPath } from '../../../src/shared/author-path.ts';

const root = mkdtempSync(join(tmpdir(), 'author-path-'));
const content = join(root, 'content');
const from = join(content, 'writeups', 'x.md');
mkdirSync(join(content, 'writeups', 'app'), { recursive: true });
mkdirSync(join(content, 'examples'), { recursive: true });
writeFileSync(join(root, 'secret.txt'), 'token=1');
writeFileSync(from, '# X\n');
writeFileSync(join(content, 'writeups', 'app', 'Dockerfile'), 'FROM alpine\n');
writeFileSync(join(content, 'examples', 'Dockerfile'), 'FROM alpine\n');
writeFileSync(join(content, 'writeups', 'big'), Buffer.alloc(300 * 1024, 65));
symlinkSync(join(root, 'secret.txt'), join(content, 'writeups', 'leak'));
symlinkSync('/dev/urandom', join(content, 'writeups', 'random'));
symlinkSync(join(content, 'examples', 'Dockerfile'), join(content, 'writeups', 'shared'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const check = (path: string) =>
  checkAuthorPath(path, { from, roots: [content], maxBytes: 256 * 1024 });

describe('checkAuthorPath', { timeout: 5_000 }, () => {
  it('accepts a file beside the write-up or elsewhere in content/, links resolved', () => {
    expect(check('app/Dockerfile')).toMatchObject({ ok: true, size: 12 });
    expect(check('../examples/Dockerfile')).toMatchObject({ ok: true });
    expect(check('shared')).toMatchObject({ ok: true,
      path: expect.stringMatching(/examples[\\/]Dockerfile$/) });
  });

  it.each([
    ['/proc/self/environ', 'is an absolute path'],
    ['/etc/passwd', 'is an absolute path'],
    ['/dev/urandom', 'is an absolute path'],
    ['/', 'is an absolute path'],
    ['../../secret.txt', 'points outside the content folder'],
    ['../../../../../../proc/self/environ', 'points outside the content folder'],
    ['leak', 'is a symbolic link to a file outside the content folder'],
    ['random', 'is a symbolic link to a file outside the content folder'],
    ['app', 'is a folder'],
    ['.', 'is a folder'],
    ['big', 'is 300 KB, over the limit of 256 KB'],
  ])('refuses `%s`: %s', (path, problem) => {
    const result = check(path);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe('refused');
    expect(result.problem).toContain(`\`${path}\` ${problem}`);
    expect(result.problem).toMatch(/expected/);
    expect(result.problem).not.toContain('\n');
  });

  it('tells a missing file from a refused one', () => {
    expect(check('nope/Dockerfile')).toMatchObject({ ok: false, kind: 'missing' });
  });

  it('refuses a device even inside the content folder', () => {
    const result = checkAuthorPath('null', { from: '/dev/x', roots: ['/dev'], maxBytes: 10 });
    expect(result).toMatchObject({ ok: false,
      problem: expect.stringContaining('is not a regular file') });
  });
});
