/**
 * A write-up's file name is its address (README "Adding a write-up"): case and underscores are
 * kept; only what a URL path cannot hold plainly becomes `-`.
 */
import { describe, expect, it } from 'vitest';
import { entryId } from '../../../src/loaders/entry-ids.ts';
import { pageKey } from '../../../src/pdf/anchors.ts';

const dir = '/site/content/writeups';

describe('entryId', () => {
  it('keeps the case of a file name', () => {
    expect(entryId('writeup', dir, `${dir}/DOCKER.md`)).toBe('writeups/DOCKER');
    expect(entryId('writeup', dir, `${dir}/Lab02-Docker.md`)).toBe('writeups/Lab02-Docker');
  });

  it('keeps underscores and folders, and makes spaces and punctuation `-`', () => {
    expect(entryId('writeup', dir, `${dir}/app_python/README.md`))
      .toBe('writeups/app_python/README');
    expect(entryId('writeup', dir, `${dir}/My Notes (final).md`)).toBe('writeups/My-Notes-final');
  });

  it('leaves lower-case names as they were', () => {
    expect(entryId('writeup', dir, `${dir}/containerization-details.md`))
      .toBe('writeups/containerization-details');
    expect(entryId('page', '/site/content/pages', '/site/content/pages/walkthroughs/flask.md'))
      .toBe('walkthroughs/flask');
  });
});

describe('pageKey (PDF ids), which follows the addresses', () => {
  it('gives pages whose addresses differ only in case or `_` keys of their own', () => {
    expect(pageKey('writeups/Lab_2/')).toBe('pg-writeups-Lab_2');
    expect(pageKey('writeups/lab-2/')).toBe('pg-writeups-lab-2');
    expect(pageKey('writeups/containerization-details/index.html'))
      .toBe('pg-writeups-containerization-details');
    expect(pageKey('')).toBe('pg-home');
  });
});
