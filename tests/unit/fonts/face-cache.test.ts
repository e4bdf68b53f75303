/**
 * The fonts step keeps its cut faces between builds (src/fonts/face-cache.ts): the integration's
 * `astro:build:done` runs twice on a small built site and cuts the emoji once (the cutter is
 * counted through a spy around the real one); the second build's `_fonts/` and page are the
 * first's, byte for byte. A page with a new character is cut again, and a torn cache file is
 * cut again, not trusted.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { describe, expect, it, vi } from 'vitest';

const cuts = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../../src/fonts/subset-emoji.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/fonts/subset-emoji.ts')>();
  return { ...real, subsetColorEmoji: async (...args: Parameters<
    typeof real.subsetColorEmoji>) => {
    cuts.count += 1;
    return real.subsetColorEmoji(...args);
  } };
});

const { subsetFontsIntegration } = await import('../../../src/fonts/subset-fonts-integration.ts');

const logger = { info: () => undefined } as unknown as AstroIntegrationLogger;
const PAGE = '<!doctype html><html><head><title>t</title></head><body><p>Docker 🐳 → ok</p>' +
  '</body></html>';

function site(page = PAGE): string {
  const dist = mkdtempSync(join(tmpdir(), 'shipshape-face-cache-dist-'));
  mkdirSync(join(dist, 'a'));
  writeFileSync(join(dist, 'a', 'index.html'), page);
  return dist;
}

async function build(integration: AstroIntegration, dist: string): Promise<void> {
  const done = integration.hooks['astro:build:done'] as unknown as
    (options: { dir: URL; logger: AstroIntegrationLogger }) => Promise<void>;
  await done({ dir: pathToFileURL(`${dist}/`), logger });
}

function fonts(dist: string): Map<string, string> {
  const folder = join(dist, '_fonts');
  return new Map(readdirSync(folder).map((name) =>
    [name, readFileSync(join(folder, name)).toString('base64')]));
}

describe('the fonts step keeps its cut faces between builds', () => {
  it('cuts once for two builds of the same characters, with the same output', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'shipshape-face-cache-'));
    const first = site();
    cuts.count = 0;
    await build(subsetFontsIntegration({ cacheDir }), first);
    const cutFirst = cuts.count;
    expect(cutFirst).toBeGreaterThan(0);
    const second = site();
    await build(subsetFontsIntegration({ cacheDir }), second);
    expect(cuts.count).toBe(cutFirst);
    expect(fonts(second)).toEqual(fonts(first));
    expect([...fonts(first).keys()].some((name) => name.startsWith('emoji'))).toBe(true);
    expect(readFileSync(join(second, 'a', 'index.html'), 'utf8'))
      .toBe(readFileSync(join(first, 'a', 'index.html'), 'utf8'));
  }, 120_000);

  it('cuts again for a new character, and for a cache file that does not read', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'shipshape-face-cache-'));
    cuts.count = 0;
    await build(subsetFontsIntegration({ cacheDir }), site());
    const once = cuts.count;
    await build(subsetFontsIntegration({ cacheDir }), site(PAGE.replace('🐳', '🐳 🚀')));
    expect(cuts.count).toBeGreaterThan(once);
    const twice = cuts.count;
    for (const name of readdirSync(cacheDir)) writeFileSync(join(cacheDir, name), '{"torn');
    const again = site();
    await build(subsetFontsIntegration({ cacheDir }), again);
    expect(cuts.count).toBeGreaterThan(twice);
    expect(readFileSync(join(again, 'a', 'index.html'), 'utf8')).toContain('Noto Color Emoji');
  }, 120_000);
});
