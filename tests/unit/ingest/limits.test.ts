/**
 * Limits (issue 11) through the ingest pipeline: nesting thousands deep, a table of 50,000 rows,
 * an unclosed comment or `<script>`. Each renders in bounded time to a bounded page, with a
 * one-line warning naming the line, and keeps the author's text.
 */
import { describe, expect, it } from 'vitest';
import { renderFixture } from './render-fixture.ts';

const PATH = 'content/writeups/hostile.md';
const render = (markdown: string) => renderFixture(markdown, PATH);

describe('hostile write-ups render, bounded, with a warning', { timeout: 20_000 }, () => {
  it('flattens 10,000 nested blockquotes', async () => {
    const { html, diagnostics } = await render(`# Deep\n\n${'>'.repeat(10_000)} deep text\n`);
    expect(diagnostics).toContain('3 warning nesting-limit: blockquotes or lists nested ' +
      '10000 deep (the limit is 32); flattened to 32 levels, text kept');
    expect(html.match(/<blockquote>/g)).toHaveLength(32);
    expect(html).toContain('deep text');
  });

  it('flattens 10,000 nested lists', async () => {
    const { html, diagnostics } = await render(`# Deep\n\n${'- '.repeat(10_000)}item\n`);
    expect(diagnostics.join('\n')).toMatch(/^3 warning nesting-limit: .*10000 deep/m);
    expect(html).toContain('item');
  });

  it('flattens 10,000 nested <div> elements', async () => {
    const divs = `${'<div>\n'.repeat(10_000)}\ninner text\n\n${'</div>\n'.repeat(10_000)}`;
    const { html, diagnostics } = await render(`# Deep\n\n${divs}\nAfter.\n`);
    expect(diagnostics.join('\n'))
      .toMatch(/^35 warning nesting-limit: HTML elements nested 10000 deep .*9968 elements/m);
    expect(html.match(/<div>/g)?.length).toBeLessThanOrEqual(32);
    expect(html).toContain('inner text');
    expect(html).toContain('After.');
  });

  it('flattens 10,000 nested inline elements', async () => {
    const { html } = await render(`# Deep\n\nx ${'<span>'.repeat(10_000)}text\n`);
    expect(html.match(/<span>/g)?.length).toBeLessThanOrEqual(32);
    expect(html).toContain('text');
  });

  it('cuts a table of 50,000 rows, with a note where it was cut', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `| ${i} | x |`).join('\n');
    const { html, diagnostics } = await render(`# Table\n\n| n | v |\n|---|---|\n${rows}\n`);
    expect(diagnostics).toContain('3 warning table-limit: table of 50001 rows (the limit is ' +
      '1000 rows or 20000 cells); cut at 1000 rows, with a note; split it or link to the data ' +
      'instead');
    expect(html.match(/<tr>/g)).toHaveLength(1000);
    expect(html).toContain('Table truncated at 1000 of 50001 rows; see the source, from line 3.');
  });

  it('cuts a raw HTML table of 5,000 rows', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `<tr><td>${i}</td></tr>`).join('\n');
    const { html, diagnostics } = await render(`# Table\n\n<table>\n${rows}\n</table>\n`);
    expect(diagnostics.join('\n')).toMatch(/^3 warning table-limit: table of 5000 rows cut/m);
    expect(html.match(/<tr>/g)).toHaveLength(1000);
    expect(html).toContain('Table truncated at 1000 of 5000 rows; see the source, from line 3.');
  });

  it('keeps the page after an unclosed <!-- or <script>', async () => {
    const { html, diagnostics } = await render(
      '# Unclosed\n\n<!-- todo\n\n## Kept\n\nText.\n\n<script>\nx()\n\nMore.\n');
    expect(diagnostics).toContain('3 warning unclosed-html: unclosed `<!--` swallows 9 lines ' +
      '(to the end of the file); shown as text and the rest kept; close it with `-->` or ' +
      'remove it');
    expect(diagnostics.join('\n')).toMatch(/^9 warning unclosed-html: unclosed `<script>`/m);
    expect(html).toContain('<h2 id="kept">Kept</h2>');
    expect(html).toContain('More.');
  });

  it('escapes control characters in the diagnostics', async () => {
    const { diagnostics } = await render('# Esc\n\n![x](<gone\u001b[2Jx\u202e.png>)\n');
    const text = diagnostics.join('\n');
    expect(text).toContain('\\x1b[2J');
    expect(text).toContain('\\u202e');
    expect(text).not.toMatch(/[\u001b\u202e]/);
  });
});

describe('code block line marks', { timeout: 10_000 }, () => {
  it('are cut to the block before the renderer expands them', async () => {
    const { html, diagnostics } = await render(
      '# Marks\n\n```js {1-100000000} mark={2..99999999}\nconst a = 1;\nconst b = 2;\n```\n');
    expect(diagnostics).toContain('3 warning code-range: code block marks lines ' +
      '`1-100000000`, but it has 2 lines; cut to lines 1–2 (change the range in the fence\'s ' +
      'first line)');
    expect(html).toContain('const b = 2;');
  });
});

describe('inline nesting', { timeout: 20_000 }, () => {
  it('shows emphasis markers and brackets past the limit as text, in bounded time', async () => {
    const emphasis = `${'*a '.repeat(10_000)}x${' b*'.repeat(10_000)}`;
    const links = `${'['.repeat(10_000)}x${'](u)'.repeat(10_000)}`;
    const { html, diagnostics } = await render(`# Inline\n\n${emphasis}\n\n${links}\n`);
    expect(diagnostics.join('\n')).toMatch(/^3 warning nesting-limit: more than 256 emphasis/m);
    expect(html).toContain('x');
  });
});
