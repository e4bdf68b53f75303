import type { Element } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { groupWords } from '../../../src/walkthrough/ec-whole-words.ts';

const colour = (text: string, c: string): Element => h('span', { style: `--0:${c}` }, text);

describe('groupWords', () => {
  it('puts each word in one span across the highlighter’s coloured spans', () => {
    const code = h('div.code', [
      colour('HEALTHCHECK', '#1'),
      colour(' --interval=30s --timeout=3s CMD [', '#2'),
      colour('"import urllib.request;"', '#3'),
      colour(']', '#2'),
    ]);
    const before = toString(code);
    groupWords(code);
    expect(toString(code)).toBe(before);
    const words = code.children.filter((c): c is Element => c.type === 'element' &&
      String(c.properties['className']) === 'wt-word').map((w) => toString(w));
    expect(words).toEqual(['HEALTHCHECK', '--interval=30s', '--timeout=3s', 'CMD',
      '["import', 'urllib.request;"]']);
    // Colours are kept: the last word holds a piece of two coloured spans.
    expect(toHtml(code)).toContain('<span class="wt-word"><span style="--0:#3">urllib.request;' +
      '"</span><span style="--0:#2">]</span></span>');
  });

  it('leaves the indentation outside any word, and plain text works too', () => {
    const code = h('div.code', [h('span.indent', [colour('    ', '#1')]), 'PYTHONUNBUFFERED=1 \\']);
    groupWords(code);
    expect(toHtml(code)).toBe('<div class="code"><span class="indent"><span style="--0:#1">' +
      '    </span></span><span class="wt-word">PYTHONUNBUFFERED=1</span> <span class="wt-word">' +
      '\\</span></div>');
  });

  it('keeps an element it does not know whole, inside the word it touches', () => {
    const code = h('div.code', [colour('RUN', '#1'), h('mark', [colour('x', '#2')]), ' y']);
    groupWords(code);
    expect(toHtml(code)).toBe('<div class="code"><span class="wt-word"><span style="--0:#1">RUN' +
      '</span><mark><span style="--0:#2">x</span></mark></span> <span class="wt-word">y</span>' +
      '</div>');
  });
});
