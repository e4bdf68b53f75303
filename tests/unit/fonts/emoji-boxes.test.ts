/**
 * Issue 12: an emoji takes the same room before and after its font arrives, so it is boxed
 * wherever a page shows it as text, and nowhere else (attributes, titles, scripts, drawings).
 */
import { describe, expect, it } from 'vitest';
import { boxEmoji, boxEmojiInText } from '../../../src/fonts/emoji-boxes.ts';

const points = new Set(['📄', '🐳', '✅', '⚠'].map((c) => c.codePointAt(0) ?? 0));

describe('emoji boxes', () => {
  it('boxes each run of emoji in text, with its variation selector', () => {
    expect(boxEmojiInText('📄 app.py', points)).toBe('<span class="emoji">📄</span> app.py');
    expect(boxEmojiInText('⚠️ careful 🐳🐳', points))
      .toBe('<span class="emoji">⚠️</span> careful <span class="emoji">🐳🐳</span>');
    expect(boxEmojiInText('no emoji → here', points)).toBe('no emoji → here');
  });

  it('touches text only: not attributes, titles, scripts, styles or drawings', () => {
    const html = '<html><head><title>📄 Notes</title><meta content="🐳">' +
      '<script>const a = "<b>📄</b>";</script><style>a::before{content:"✅"}</style></head>' +
      '<body><h1 id="📄-notes" data-x=\'a>🐳\'>📄 <code>app.py</code></h1><!-- 🐳 -->' +
      '<a href="#x" aria-label="✅ done">✅ done</a><svg><svg><text>🐳</text></svg>' +
      '<text>📄</text></svg><textarea>🐳</textarea><p>🐳</p></body></html>';
    expect(boxEmoji(html, points)).toBe('<html><head><title>📄 Notes</title>' +
      '<meta content="🐳"><script>const a = "<b>📄</b>";</script>' +
      '<style>a::before{content:"✅"}</style></head><body>' +
      '<h1 id="📄-notes" data-x=\'a>🐳\'><span class="emoji">📄</span> <code>app.py</code></h1>' +
      '<!-- 🐳 --><a href="#x" aria-label="✅ done"><span class="emoji">✅</span> done</a>' +
      '<svg><svg><text>🐳</text></svg><text>📄</text></svg><textarea>🐳</textarea>' +
      '<p><span class="emoji">🐳</span></p></body></html>');
  });

  it('leaves a page without those emoji byte for byte', () => {
    const html = '<p>plain → text</p>';
    expect(boxEmoji(html, points)).toBe(html);
    expect(boxEmoji('<p>📄</p>', new Set())).toBe('<p>📄</p>');
    // Text with only characters below the least emoji is passed over whole.
    const below = new Set([0x2705]);
    expect(boxEmoji('<p>→ ✅ ←</p><p>→ x</p><p>✅</p>', below))
      .toBe('<p>→ <span class="emoji">✅</span> ←</p><p>→ x</p>' +
        '<p><span class="emoji">✅</span></p>');
  });
});
