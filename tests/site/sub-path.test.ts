/**
 * Hosting under a sub-path: the guide built with `SHIPSHAPE_BASE=/courses/docker/` and a public
 * address (into `dist-subpath/`, PDFs included) keeps every internal link, fragment, asset and
 * the search index under that path, and its sitemap lists the pages at that address.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/checks/check-links.ts';
import { checkOffline } from '../../src/checks/check-offline.ts';
import { readSite } from '../../src/checks/site-files.ts';
import { buildEnv } from './build-fixture.ts';

const root = join(import.meta.dirname, '../..');
const base = '/courses/docker/';
const dist = join(root, 'dist-subpath');
const site = 'https://docs.example.org';


describe('the guide under a sub-path', () => {
  it('has every link, asset and the search index under the base', () => {
    rmSync(dist, { recursive: true, force: true });
    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'),
      'build', '--outDir', dist], { cwd: root, encoding: 'utf8', timeout: 240_000,
      env: buildEnv({ SHIPSHAPE_BASE: base, SHIPSHAPE_SITE: site }) });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    // The main build command also writes the PDFs the pages link to.
    const pdf = spawnSync(process.execPath, [join(root, 'scripts/pdf.ts'), '--dist', dist],
      { cwd: root, encoding: 'utf8', timeout: 240_000,
        env: buildEnv({ SHIPSHAPE_BASE: base, SHIPSHAPE_SITE: site }) });
    expect(pdf.status, `${pdf.stdout}\n${pdf.stderr}`).toBe(0);
    const pages = readSite(dist, base);
    expect(pages.length).toBeGreaterThan(20);
    expect(checkLinks(pages, dist, base).map((b) => `${b.page} -> ${b.href}: ${b.reason}`))
      .toEqual([]);
    expect(checkOffline(pages, dist)).toEqual([]);
    const outside: string[] = [];
    for (const page of pages) {
      for (const node of selectAll('[href], [src]', page.tree)) {
        for (const key of ['href', 'src']) {
          const value = node.properties[key];
          if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') &&
            !value.startsWith(base)) outside.push(`${page.url}: ${key}=${value}`);
        }
      }
    }
    expect(outside).toEqual([]);
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    const landing = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(landing).toContain(`href="${base}writeups/containerizing-the-vote-service/"`);
    // With an address, Starlight's sitemap is made, at that address and under the base.
    expect(landing).toContain(`<link rel="canonical" href="${site}${base}"`);
    const sitemaps = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
    const listed = sitemaps.map((name) => readFileSync(join(dist, name), 'utf8')).join('');
    expect(listed).toContain(`<loc>${site}${base}writeups/containerizing-the-vote-service/</loc>`);
  });
});
