/**
 * Font preloads: which built page asks for which font file with its HTML.
 */
import { describe, expect, it } from 'vitest';
import { addFontPreloads, textFontPreloads } from '../../../src/fonts/preload-fonts.ts';
import { unicodeRange } from '../../../src/fonts/used-characters.ts';

const CSS = '@font-face{src:url(/_astro/inter-latin-400-normal.C38f.woff2)format("woff2")}' +
  '@font-face{src:url(/_astro/inter-latin-ext-400-normal.X1.woff2)format("woff2")}' +
  '@font-face{src:url(/_astro/jetbrains-mono-latin-400-normal.V6p_-.woff2)format("woff2")}';
const EMOJI = { url: '/_fonts/emoji.a.woff2', when: { points: new Set([0x1f433]) } };
const MONO = { url: '/_fonts/symbols-mono.b.woff2', when: { points: new Set([0x2192]),
  inCode: true } };

function preloaded(html: string): string[] {
  const fonts = [...textFontPreloads(CSS), EMOJI, MONO];
  return [...addFontPreloads(html, fonts).matchAll(/<link rel="preload" href="([^"]+)"/g)]
    .map((match) => match[1] ?? '');
}

describe('font preloads', () => {
  it('finds the Latin text fonts in the built CSS, not the other subsets', () => {
    expect(textFontPreloads(CSS).map((font) => font.url)).toEqual([
      '/_astro/inter-latin-400-normal.C38f.woff2',
      '/_astro/jetbrains-mono-latin-400-normal.V6p_-.woff2',
    ]);
  });

  it('preloads Inter on every page, the mono font where there is code', () => {
    expect(preloaded('<html><head></head><body><p>Hi</p></body></html>'))
      .toEqual(['/_astro/inter-latin-400-normal.C38f.woff2']);
    expect(preloaded('<html><head></head><body><code>ls</code></body></html>')).toHaveLength(2);
  });

  it('preloads the emoji file only where an emoji is, mono symbols only in code', () => {
    expect(preloaded('<head></head><p>🐳 → x</p>')).toContain(EMOJI.url);
    expect(preloaded('<head></head><p>→ x</p>')).not.toContain(MONO.url);
    expect(preloaded('<head></head><pre><code>a → b</code></pre>')).toContain(MONO.url);
  });

  it('writes a unicode-range naming exactly the code points, sorted', () => {
    expect(unicodeRange([0x1f433, 0x2192])).toBe('U+2192,U+1f433');
  });
});
