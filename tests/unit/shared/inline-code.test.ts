import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import {
  inlineCodeToHast, splitInlineCode, stripInlineCode,
} from '../../../src/shared/inline-code.ts';

describe('inline code in generated text', () => {
  it('splits code spans from text', () => {
    expect(splitInlineCode('`pip install` should run with `--no-cache-dir`')).toEqual([
      { code: true, text: 'pip install' },
      { code: false, text: ' should run with ' },
      { code: true, text: '--no-cache-dir' },
    ]);
  });

  it('leaves a lone backtick, an empty pair and a span across lines as text', () => {
    expect(splitInlineCode('a ` b')).toEqual([{ code: false, text: 'a ` b' }]);
    expect(splitInlineCode('a `` b')).toEqual([{ code: false, text: 'a `` b' }]);
    expect(splitInlineCode('a `b\nc` d')).toEqual([{ code: false, text: 'a `b\nc` d' }]);
  });

  it('reads double-backtick spans that hold a backtick', () => {
    expect(splitInlineCode('run `` `id` `` now')).toEqual([
      { code: false, text: 'run ' }, { code: true, text: '`id`' }, { code: false, text: ' now' },
    ]);
  });

  it('builds code elements, never HTML from the text', () => {
    const html = toHtml(inlineCodeToHast('found `<img src=x onerror=alert(1)>` here <b>'));
    expect(html).toBe('found <code>&#x3C;img src=x onerror=alert(1)></code> here &#x3C;b>');
  });

  it('strips the marks for text-only places', () => {
    expect(stripInlineCode('`RUN` with `cd`')).toBe('RUN with cd');
  });
});
