/**
 * Links that last: every page and anchor in the committed manifest (content/url-manifest.json)
 * still exists in the built site, or its page has a redirect; every redirect leads to a page.
 * After adding pages or headings on purpose:
 * `npm run build && npm run urls:update`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSite } from '../../src/checks/site-files.ts';
import { readRedirects } from '../../src/site/redirects.ts';
import { manifestOf, missingUrls, unlistedUrls, type UrlManifest }
  from '../../src/site/url-manifest.ts';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const committed = JSON.parse(readFileSync(join(root, 'content/url-manifest.json'), 'utf8')) as
  UrlManifest;
const redirects = readRedirects(join(root, 'content/redirects.json'));

describe('public addresses', () => {
  it('keeps every committed page and anchor (or redirects the page)', () => {
    const current = manifestOf(readSite(dist));
    expect(missingUrls(committed, current, redirects)).toEqual([]);
  });

  it('lists every page and anchor of the site, so that each is kept', () => {
    // A page or heading added without `npm run urls:update` would be free to disappear.
    const current = manifestOf(readSite(dist));
    expect(unlistedUrls(committed, current), 'run `npm run build && npm run urls:update` and '
      + 'commit content/url-manifest.json').toEqual([]);
  });

  it('redirects every old address to a page that exists', () => {
    for (const redirect of redirects) {
      const page = join(dist, redirect.from, 'index.html');
      expect(existsSync(page), redirect.from).toBe(true);
      expect(readFileSync(page, 'utf8')).toContain(`url=${redirect.to}`);
      expect(existsSync(join(dist, redirect.to.split('#')[0] ?? '', 'index.html')), redirect.to)
        .toBe(true);
    }
  });

  it('notices a page or an anchor the manifest does not list', () => {
    const committedHere: UrlManifest = { 'writeups/a/': ['intro'] };
    const now: UrlManifest = { 'writeups/a/': ['intro', 'setup'], 'writeups/b/': [] };
    expect(unlistedUrls(committedHere, now)).toEqual(['/writeups/a/#setup', '/writeups/b/']);
    expect(unlistedUrls(now, now)).toEqual([]);
  });

  it('notices a page removed without a redirect, and an anchor that went away', () => {
    const before: UrlManifest = { 'writeups/a/': ['intro'], 'writeups/b/': ['setup'] };
    const after: UrlManifest = { 'writeups/b2/': ['setup'], 'writeups/a/': [] };
    expect(missingUrls(before, after, [])).toEqual([
      expect.stringContaining('/writeups/a/#intro is gone'),
      expect.stringContaining('/writeups/b/ is gone and has no redirect'),
    ]);
    expect(missingUrls({ 'writeups/b/': ['setup'] }, after,
      [{ from: '/writeups/b/', to: '/writeups/b2/' }])).toEqual([]);
  });
});
