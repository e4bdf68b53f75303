/**
 * A write-up folder's files as the loader hands them over (src/bundle/bundle-data.ts): the steps
 * of a page read them several times (`readWriteupBundle`, `writeupDockerfile`), and the hand-off
 * is validated once per folder, not once per read (validations counted); a bad hand-off is still
 * refused each time, and two pages never share an answer.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readWriteupBundle, writeupBundleSchema, writeupDockerfile }
  from '../../../src/bundle/bundle-data.ts';

const validations = vi.spyOn(writeupBundleSchema, 'safeParse');
afterEach(() => { validations.mockClear(); });

function pageData(dockerfile: string): Record<string, unknown> {
  const bundle = {
    folder: 'content/writeups/app', markdown: 'README.md', omitted: [],
    files: [
      { path: '.dockerignore', size: 5, role: 'dockerignore', text: '.git\n' },
      { path: 'Dockerfile', size: dockerfile.length, role: 'dockerfile', text: dockerfile },
      { path: 'app.py', size: 2, role: 'other', text: '#\n' },
    ],
  };
  return { astro: { frontmatter: { shipshape: { kind: 'writeup', bundle } } } };
}

describe('a write-up folder\'s hand-off', () => {
  it('is validated once however often a page\'s steps read it', () => {
    const data = pageData('FROM python:3.13-slim\n');
    for (let i = 0; i < 5; i++) {
      expect(readWriteupBundle(data)?.files.map((f) => f.path))
        .toEqual(['.dockerignore', 'Dockerfile', 'app.py']);
      expect(writeupDockerfile(data)).toEqual({ path: 'Dockerfile',
        text: 'FROM python:3.13-slim\n', dockerignore: '.git\n' });
    }
    expect(validations).toHaveBeenCalledTimes(1);
  });

  it('gives each page its own folder', () => {
    const one = pageData('FROM python:3.12-slim\n');
    const two = pageData('FROM python:3.13-slim\n');
    expect(writeupDockerfile(one)?.text).toBe('FROM python:3.12-slim\n');
    expect(writeupDockerfile(two)?.text).toBe('FROM python:3.13-slim\n');
    expect(writeupDockerfile(one)?.text).toBe('FROM python:3.12-slim\n');
    expect(validations).toHaveBeenCalledTimes(2);
  });

  it('refuses a malformed hand-off on every read', () => {
    const data = { astro: { frontmatter: { shipshape: { bundle: { folder: 3 } } } } };
    expect(readWriteupBundle(data)).toBeUndefined();
    expect(readWriteupBundle(data)).toBeUndefined();
    expect(readWriteupBundle({})).toBeUndefined();
  });
});
