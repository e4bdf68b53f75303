/**
 * The emoji and symbol @font-face rules go into each built page's `<head>`, not a stylesheet
 * the page must fetch before its first paint.
 */
import { describe, expect, it } from 'vitest';
import { compactCss, inlineFontFaces } from '../../../src/fonts/inline-font-faces.ts';
import { fontFaceRule } from '../../../src/fonts/font-face-rule.ts';

const face = { family: 'Noto Color Emoji', name: 'emoji', font: new Uint8Array(),
  points: [0x1f433, 0x1f680] };

describe('inline font faces', () => {
  it('writes the rules, one line, with their absolute URLs, at the end of the head', () => {
    const css = fontFaceRule(face, '/courses/docker/_fonts/emoji.abc.woff2');
    const html = inlineFontFaces('<html><head><meta charset="utf-8"><title>t</title></head>'
      + '<body><p>🐳</p></body></html>', css);
    expect(html).toBe('<html><head><meta charset="utf-8"><title>t</title><style data-font-faces>'
      + "@font-face {font-family: 'Noto Color Emoji';font-style: normal;font-weight: 400;"
      + "font-display: swap;src: url('/courses/docker/_fonts/emoji.abc.woff2') format('woff2');"
      + 'unicode-range: U+1f433,U+1f680;}</style></head><body><p>🐳</p></body></html>');
  });

  it('leaves a page alone when there is nothing to add', () => {
    expect(inlineFontFaces('<head></head>', '')).toBe('<head></head>');
  });

  it('drops comments and line breaks only', () => {
    expect(compactCss('/* a */\n@font-face {\n  src: url(x);\n}\n'))
      .toBe('@font-face {src: url(x);}');
  });
});
