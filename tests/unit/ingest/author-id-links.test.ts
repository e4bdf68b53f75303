/**
 * An author's in-page link still lands on the author's own anchor after the sanitizer prefixed
 * its id (issue 11 left a raw `<h2 id="x">` unreachable from the author's `#x`).
 */
import { describe, expect, it } from 'vitest';
import { renderFixture } from './render-fixture.ts';

const render = (markdown: string) => renderFixture(markdown, '/tmp/author-id-links.md');

describe('author id links', () => {
  it('points #x at the prefixed id, from Markdown and raw HTML links', async () => {
    const { html } = await render([
      '<h2 id="setup">Set up</h2>', '',
      'See [the set-up](#setup) or <a href="#setup">set-up</a>.', '',
      '<a id="über ort"></a>[there](#%C3%BCber%20ort)', '',
    ].join('\n'));
    expect(html).toContain('<h2 id="user-content-setup">');
    expect(html).toContain('<a href="#user-content-setup">the set-up</a>');
    expect(html).toContain('<a href="#user-content-setup">set-up</a>');
    expect(html).toContain('href="#user-content-%C3%BCber%20ort"');
    expect(html).not.toContain('href="#setup"');
  });

  it('leaves links to ids the page has, and to ids nobody wrote, as written', async () => {
    const { html } = await render([
      '[top](#_top) [note](#user-content-fn-1) [gone](#nowhere) [bad](#%E0%A4%A)', '',
    ].join('\n'));
    for (const href of ['#_top', '#user-content-fn-1', '#nowhere', '#%E0%A4%25A']) {
      expect(html).toContain(`href="${href}"`);
    }
  });
});
