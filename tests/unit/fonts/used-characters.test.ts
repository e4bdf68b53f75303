/**
 * The fonts step reads the built site once (src/fonts/used-characters.ts): the code points of
 * its pages and stylesheets (CSS escapes too), and on how many pages each is, which decides the
 * emoji most pages get in a file of their own.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codePoints, usedCharacters } from '../../../src/fonts/used-characters.ts';

describe('usedCharacters', () => {
  it('gives the points of pages and CSS, and the pages showing each', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'shipshape-used-characters-'));
    mkdirSync(join(dist, 'a'));
    mkdirSync(join(dist, '_astro'));
    writeFileSync(join(dist, 'index.html'), '<p>🐳 → a</p>');
    writeFileSync(join(dist, 'a', 'index.html'), '<p>🐳 ✓</p>');
    // A page's own styles (Expressive Code's, inline) write characters as CSS escapes.
    writeFileSync(join(dist, 'b.html'), "<style>i::before{content:'\\2022'}</style><i></i>");
    writeFileSync(join(dist, '_astro', 'x.css'), "a::after{content:'\\2934'} b{content:'≈'}");
    writeFileSync(join(dist, 'notes.txt'), '∞');
    const used = await usedCharacters(dist);
    expect(used.pages).toBe(3);
    expect(used.byPage.get(join(dist, 'b.html'))).toEqual([0x2022]);
    for (const point of [0x1f433, 0x2192, 0x2713, 0x2934, 0x2248]) {
      expect(used.points.has(point), point.toString(16)).toBe(true);
    }
    expect(used.points.has(0x221e)).toBe(false);
    expect(used.counts.get(0x1f433)).toBe(2);
    expect(used.counts.get(0x2192)).toBe(1);
    // A stylesheet is not a page.
    expect(used.counts.has(0x2934)).toBe(false);
    // Each page's own, by its path (its preloads are chosen from them).
    expect([...used.byPage.keys()].sort()).toEqual([join(dist, 'a', 'index.html'),
      join(dist, 'b.html'), join(dist, 'index.html')]);
    expect(used.byPage.get(join(dist, 'a', 'index.html'))).toEqual([0x1f433, 0x2713]);
  });
});

describe('codePoints', () => {
  it('gives what iterating the string by code point gives, lone surrogates included', () => {
    const byIterator = (text: string): number[] => [...text]
      .map((char) => char.codePointAt(0) ?? 0).filter((point) => point > 0x7e);
    const texts = ['plain ASCII ~', 'é → 🐳🐍 ✓', '\ud83d', 'a\ud83dz', '\udc33\ud83d', '🐳\ud83d',
      '\u00a0\u007f\u007e', `${'x'.repeat(1000)}😀`];
    for (const text of texts) {
      expect([...codePoints(text)].sort(), JSON.stringify(text))
        .toEqual([...new Set(byIterator(text))].sort());
    }
  });
});
