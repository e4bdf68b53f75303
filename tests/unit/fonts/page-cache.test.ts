/**
 * The fonts step keeps its work on each page between builds (src/fonts/page-cache.ts): run twice
 * on the same built pages (as a rebuild writes them), the second run rewrites none of them (the
 * rewrites are counted through a spy around the real `inlineFontFaces`) and leaves the same
 * bytes; after an edit to one page only that page is rewritten, unless the edit brings a
 * character that changes the faces, when every page is. A torn or missing entry is worked out
 * again.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync }
  from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, vi } from 'vitest';

const rewrites = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../../src/fonts/inline-font-faces.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/fonts/inline-font-faces.ts')>();
  return { ...real, inlineFontFaces: (...args: Parameters<typeof real.inlineFontFaces>) => {
    rewrites.count += 1;
    return real.inlineFontFaces(...args);
  } };
});

const { subsetFontsIntegration } = await import('../../../src/fonts/subset-fonts-integration.ts');

const logger = { info: () => undefined } as unknown as AstroIntegrationLogger;
const page = (text: string) => '<!doctype html><html><head><title>t</title></head><body>' +
  `<p>${text}</p><pre><code>RUN pip install → ok</code></pre></body></html>`;
const PAGES = { a: page('Docker 🐳 → ok'), b: page('Second page — é'), c: page('Third ✓') };

/** A freshly built site, as Astro writes it: the pages, before the fonts step. */
function site(pages: Record<string, string> = PAGES): string {
  const dist = mkdtempSync(join(tmpdir(), 'shipshape-page-cache-dist-'));
  for (const [name, html] of Object.entries(pages)) {
    mkdirSync(join(dist, name));
    writeFileSync(join(dist, name, 'index.html'), html);
  }
  return dist;
}

/** The fonts step on `dist`; how many pages it rewrote. */
async function fontsStep(dist: string, cacheDir: string, pageCacheDir: string)
  : Promise<number> {
  const before = rewrites.count;
  const integration = subsetFontsIntegration({ cacheDir, pageCacheDir });
  const done = integration.hooks['astro:build:done'] as unknown as
    (options: { dir: URL; logger: AstroIntegrationLogger }) => Promise<void>;
  await done({ dir: pathToFileURL(`${dist}/`), logger });
  return rewrites.count - before;
}

function pages(dist: string): Record<string, string> {
  return Object.fromEntries(Object.keys(PAGES).map((name) =>
    [name, readFileSync(join(dist, name, 'index.html'), 'utf8')]));
}

describe('the fonts step keeps its work on each page between builds', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'shipshape-page-cache-faces-'));

  it('rewrites no page whose bytes did not change, with the same output', async () => {
    const pageCacheDir = mkdtempSync(join(tmpdir(), 'shipshape-page-cache-'));
    const first = site();
    expect(await fontsStep(first, cacheDir, pageCacheDir)).toBe(3);
    const second = site();
    expect(await fontsStep(second, cacheDir, pageCacheDir)).toBe(0);
    expect(pages(second)).toEqual(pages(first));
    expect(pages(second)['a']).toContain('Noto Color Emoji');
    // The same as a step without a cache.
    const fresh = site();
    await fontsStep(fresh, cacheDir, mkdtempSync(join(tmpdir(), 'shipshape-page-cache-')));
    expect(pages(second)).toEqual(pages(fresh));
  }, 120_000);

  it('rewrites only the edited page, or every page when the faces change', async () => {
    const pageCacheDir = mkdtempSync(join(tmpdir(), 'shipshape-page-cache-'));
    await fontsStep(site(), cacheDir, pageCacheDir);
    const edited = site({ ...PAGES, b: page('Second page — é, edited') });
    expect(await fontsStep(edited, cacheDir, pageCacheDir)).toBe(1);
    expect(pages(edited)['b']).toContain('edited');
    expect(pages(edited)['b']).toContain('<style data-font-faces>');
    // A new emoji: a new face, so every page's rules change.
    const rocket = site({ ...PAGES, c: page('Third ✓ 🚀') });
    expect(await fontsStep(rocket, cacheDir, pageCacheDir)).toBe(3);
    const fresh = site({ ...PAGES, c: page('Third ✓ 🚀') });
    await fontsStep(fresh, cacheDir, mkdtempSync(join(tmpdir(), 'shipshape-page-cache-')));
    expect(pages(rocket)).toEqual(pages(fresh));
  }, 120_000);

  it('works a page out again when its entry is torn or gone', async () => {
    const pageCacheDir = mkdtempSync(join(tmpdir(), 'shipshape-page-cache-'));
    const first = site();
    await fontsStep(first, cacheDir, pageCacheDir);
    const entries = readdirSync(pageCacheDir).filter((name) => name.endsWith('.html'));
    expect(entries).toHaveLength(3);
    writeFileSync(join(pageCacheDir, 'points.json'), '{"torn');
    rmSync(join(pageCacheDir, entries[0]!));
    const again = site();
    expect(await fontsStep(again, cacheDir, pageCacheDir)).toBe(1);
    expect(pages(again)).toEqual(pages(first));
  }, 120_000);
});
