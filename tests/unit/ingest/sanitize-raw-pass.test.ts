/**
 * The sanitizer's parse of raw HTML (src/ingest/rehype-sanitize-html.ts): a page without raw HTML
 * is not parsed again (rehype-raw, counted), and what it renders is what the parse gave; a page
 * with raw HTML is parsed and sanitized, and hostile Markdown without raw HTML stays harmless.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hazardsIn } from './hostile-output.ts';
import { renderFixture } from './render-fixture.ts';

const passes = vi.hoisted(() => ({ count: 0 }));
vi.mock('rehype-raw', async (original) => {
  const actual = (await original<typeof import('rehype-raw')>()).default;
  return {
    default: function (this: unknown, ...args: Parameters<typeof actual>) {
      const transform = actual.apply(this as never, args);
      return (...run: Parameters<typeof transform>) => {
        passes.count++;
        return transform(...run);
      };
    },
  };
});

afterEach(() => { passes.count = 0; });

const plain = [
  '# A write-up', '', 'Some *text*, `code` and a [link](https://docs.docker.com/).', '',
  '```dockerfile title="Dockerfile"', 'FROM python:3.13-slim', '```', '',
  '- [x] done', '- [ ] not yet', '', '| a | b |', '| - | - |', '| 1 | 2 |', '',
  'A footnote[^n].', '', '[^n]: The note.', '',
].join('\n');

describe('the sanitizer\'s parse of raw HTML', () => {
  it('does not parse a page with no raw HTML again', async () => {
    const { html } = await renderFixture(plain, 'plain.md');
    expect(passes.count).toBe(0);
    expect(html).toContain('<input type="checkbox" checked disabled> done');
    expect(html).toContain('<li id="user-content-fn-n">');
  });

  it('parses and sanitizes a page with raw HTML', async () => {
    const { html, diagnostics } = await renderFixture(
      `${plain}\n<details><summary>More</summary><img src="x" onerror="alert(1)"></details>\n`,
      'raw.md');
    expect(passes.count).toBe(1);
    expect(html).toContain('<details><summary>More</summary>');
    expect(html).not.toContain('onerror');
    expect(diagnostics.some((d) => d.includes('event handler `onerror`'))).toBe(true);
  });

  it('keeps a page with no raw HTML harmless: script URLs, entities, autolinks', async () => {
    const hostile = [
      '[a](javascript:alert(1)) [b](java&#x09;script:alert(2)) <javascript:alert(3)>', '',
      '![i](javascript:alert(4)) &lt;script&gt;alert(5)&lt;/script&gt;', '',
      '[r]: javascript:alert(6)', '', 'See [r].', '',
    ].join('\n');
    const { html } = await renderFixture(hostile, 'hostile.md');
    expect(passes.count).toBe(0);
    expect(hazardsIn(html, () => false)).toEqual([]);
    expect(html).not.toMatch(/<script|href="javascript:/i);
  });
});
