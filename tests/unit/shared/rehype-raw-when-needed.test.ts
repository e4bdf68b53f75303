/**
 * Astro's Markdown processor ends with rehype-raw; with shipshape's plugin it parses a page
 * again only when the page still holds raw HTML (src/shared/rehype-raw-when-needed.ts).
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { rehypeRawOnlyWhenRaw } from '../../../src/shared/rehype-raw-when-needed.ts';

/**
 * A step that leaves a `<div>` inside a `<p>`: parsing the page again (what rehype-raw does)
 * would close the paragraph before it, so the output tells whether it ran. With `raw`, it also
 * leaves an unclosed `<b>`, which only parsing closes.
 */
const pDiv = (raw: boolean) => () => (tree: Root) => {
  tree.children.push(h('p', [h('div', 'boxed')]));
  if (raw) tree.children.push({ type: 'raw', value: '<b>bold' });
};

async function render(plugins: unknown[]): Promise<string> {
  const processor = await createMarkdownProcessor({ syntaxHighlight: false,
    rehypePlugins: plugins as never });
  return (await processor.render('Text.', {})).code;
}

describe('rehype-raw after the last step', () => {
  it('parses a page again without the plugin (what Astro does)', async () => {
    expect(await render([pDiv(false)])).toContain('<p></p><div>boxed</div><p></p>');
  });

  it('leaves a page with no raw HTML as the steps built it', async () => {
    expect(await render([rehypeRawOnlyWhenRaw, pDiv(false)]))
      .toContain('<p><div>boxed</div></p>');
  });

  it('still parses a page that holds raw HTML', async () => {
    const html = await render([rehypeRawOnlyWhenRaw, pDiv(true)]);
    expect(html).toContain('<p></p><div>boxed</div><p></p>');
    expect(html).toContain('<b>bold</b>');
  });

  it('keeps the headings Astro collects, and renders the same text', async () => {
    const processor = await createMarkdownProcessor({ syntaxHighlight: false,
      rehypePlugins: [rehypeRawOnlyWhenRaw] });
    const rendered = await processor.render('# Title\n\nA *b* `c` <kbd>K</kbd>\n', {});
    expect(rendered.metadata.headings).toEqual([{ depth: 1, slug: 'title', text: 'Title' }]);
    const plain = await (await createMarkdownProcessor({ syntaxHighlight: false }))
      .render('# Title\n\nA *b* `c` <kbd>K</kbd>\n', {});
    expect(rendered.code).toBe(plain.code);
  });
});
