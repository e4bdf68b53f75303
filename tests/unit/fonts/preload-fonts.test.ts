/**
 * Font preloads: which built page asks for which font file with its HTML.
 */
import { describe, expect, it } from 'vitest';
import { addFontPreloads, type PreloadFont } from '../../../src/fonts/preload-fonts.ts';
import { unicodeRange } from '../../../src/fonts/used-characters.ts';

const TEXT: PreloadFont[] = [{ url: '/_fonts/inter-400.C38f.woff2', when: 'always' },
  { url: '/_fonts/jetbrains-mono-400.V6p_-.woff2', when: 'code' }];
const EMOJI = { url: '/_fonts/emoji.a.woff2', when: { points: new Set([0x1f433]) } };
const MONO = { url: '/_fonts/symbols-mono.b.woff2', when: { points: new Set([0x2192]),
  inCode: true } };

function preloaded(html: string): string[] {
  const fonts = [...TEXT, EMOJI, MONO];
  return [...addFontPreloads(html, fonts).matchAll(/<link rel="preload" href="([^"]+)"/g)]
    .map((match) => match[1] ?? '');
}

describe('font preloads', () => {
  it('preloads Inter on every page, the mono font where there is code', () => {
    expect(preloaded('<html><head></head><body><p>Hi</p></body></html>'))
      .toEqual(['/_fonts/inter-400.C38f.woff2']);
    expect(preloaded('<html><head></head><body><code>ls</code></body></html>')).toHaveLength(2);
  });

  it('preloads the emoji file only where an emoji is, mono symbols only in code', () => {
    expect(preloaded('<head></head><p>🐳 → x</p>')).toContain(EMOJI.url);
    expect(preloaded('<head></head><p>→ x</p>')).not.toContain(MONO.url);
    expect(preloaded('<head></head><pre><code>a → b</code></pre>')).toContain(MONO.url);
  });

  it("chooses the same from a page's known code points as from reading them", () => {
    const fonts = [...TEXT, EMOJI, MONO];
    for (const html of ['<head></head><p>🐳 → x</p>',
      '<head></head><pre><code>a → b</code></pre>', '<head></head><p>→</p><code>ls</code>',
      '<head></head><p>plain</p>']) {
      const points = [...html].map((c) => c.codePointAt(0) ?? 0).filter((p) => p > 0x7e);
      expect(addFontPreloads(html, fonts, points)).toBe(addFontPreloads(html, fonts));
    }
    // The known points decide: a page said to hold no arrow gets no symbols file.
    expect(addFontPreloads('<head></head><code>a → b</code>', fonts, []))
      .not.toContain(MONO.url);
  });

  it('writes a unicode-range naming exactly the code points, sorted, runs as ranges', () => {
    expect(unicodeRange([0x1f433, 0x2192])).toBe('U+2192,U+1f433');
    expect(unicodeRange([0x22, 0x20, 0x21, 0xe9, 0x2014, 0x2013, 0x20]))
      .toBe('U+20-22,U+e9,U+2013-2014');
  });
});
