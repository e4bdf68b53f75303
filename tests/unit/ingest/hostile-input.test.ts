/**
 * Issue 11, "a hostile write-up can harm no reader": the hostile fixtures (tests/fixtures/
 * pipeline/hostile-*) rendered through the real ingest plugins leave nothing that runs script,
 * loads from elsewhere or clobbers the page's ids; each removal is reported at its line; and what
 * Markdown builds (footnotes, task lists, code meta) is kept as built.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hazardsIn } from './hostile-output.ts';
import { renderFixture } from './render-fixture.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/pipeline');
const taskBox = (node: { tagName: string; properties: Record<string, unknown> }) =>
  node.tagName === 'input' && node.properties['disabled'] === true &&
  node.properties['type'] === 'checkbox';

async function render(name: string) {
  const path = join(fixtures, name, 'input.md');
  return renderFixture(readFileSync(path, 'utf8'), path);
}

describe('hostile write-ups', () => {
  it.each(['hostile-html', 'hostile-links', 'unsafe-html'])('%s renders harmless', async (name) => {
    const { html } = await render(name);
    expect(hazardsIn(html, taskBox)).toEqual([]);
    expect(html).not.toMatch(/<script|<svg|<style|<iframe/i);
  });

  it('reports every removal at the author\'s line', async () => {
    const { diagnostics } = await render('hostile-html');
    const lines = (pattern: RegExp) => diagnostics.filter((d) => pattern.test(d))
      .map((d) => Number(d.split(' ')[0]));
    expect(lines(/raw `<svg>`/)).toEqual([10]);
    expect(lines(/raw `<form>`/)).toEqual([12]);
    expect(lines(/event handler `onerror` on `<img>`/)).toEqual([14]);
    expect(lines(/attribute `style` on `<p>`/)).toEqual([16]);
    expect(lines(/raw `<video>`/)).toEqual([18]);
    expect(lines(/script URL/)).toEqual([22, 22, 22, 32]);
    expect(lines(/raw `<base>`/)).toEqual([26]);
    expect(lines(/event handler `onmouseover`/)).toEqual([30]);
  });

  it('checks every link and image: inline, autolink, reference, footnote, table', async () => {
    const { diagnostics, html } = await render('hostile-links');
    const urls = diagnostics.filter((d) => d.includes('unsafe-url')).map((d) => d.split(' ')[0]);
    expect(urls).toEqual(['3', '3', '3', '5', '5', '5', '5', '9', '9', '9', '13', '17', '19']);
    // A tab or newline written as an entity is percent-encoded: a relative URL, not a scheme.
    expect(html).toContain('href="java%09script:alert(11)"');
    for (const kept of ['https://docs.docker.com/', 'mailto:a@example.com', '../other/', '#top',
      '?q=1', '#user-content-fn-note', '#user-content-fnref-note']) {
      expect(html).toContain(`href="${kept}"`);
    }
  });

  it('keeps what Markdown built: footnote ids, task lists', async () => {
    const { html } = await render('hostile-links');
    expect(html).toContain('<li id="user-content-fn-note">');
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">');
    expect(html).toContain('<input type="checkbox" checked disabled> done');
  });

  it('prefixes the author\'s ids and names, so they cannot clobber the page\'s', async () => {
    const { html } = await render('hostile-html');
    expect(html).toContain('<a id="user-content-starlight__search" name="user-content-body"');
    expect(html).toContain('<p id="user-content-_top">Styled</p>');
  });

  it('cannot be fooled by the sanitizer\'s own bookkeeping attribute', async () => {
    const { html } = await render('hostile-html');
    expect(html).toContain('<div>forged key</div>');
    expect(html).not.toContain('data-shipshape-sanitize');
  });
});
