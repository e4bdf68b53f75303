/**
 * Raw HTML in a write-up must not cost code blocks their fence meta (titles, marked lines),
 * which Expressive Code reads from `data.meta`.
 */
import type { Element, Root } from 'hast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeSanitizeHtml } from '../../../src/ingest/rehype-sanitize-html.ts';

async function metas(markdown: string): Promise<string[]> {
  const processor = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeSanitizeHtml);
  const tree = (await processor.run(processor.parse(markdown), new VFile(markdown))) as Root;
  const found: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const meta = (node.data as { meta?: string } | undefined)?.meta;
    if (node.tagName === 'code' && meta) found.push(meta);
  });
  return found;
}

describe('rehypeSanitizeHtml', () => {
  it('keeps code fence meta when the page has raw HTML', async () => {
    const markdown = 'Press <kbd>Ctrl</kbd>.\n\n' +
      '```dockerfile title="Dockerfile" {2}\nFROM a\n```\n';
    expect(await metas(markdown)).toEqual(['title="Dockerfile" {2}']);
  });

  it('keeps it when there is no raw HTML', async () => {
    expect(await metas('```sh title="x"\nls\n```\n')).toEqual(['title="x"']);
  });
});
