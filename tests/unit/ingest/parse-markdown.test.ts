/**
 * src/ingest/parse-markdown.ts: Sätteri's tree is remark-parse's (with remark-gfm and
 * remark-directive, as Astro and Starlight set the processor up) on every Markdown file the
 * project holds and on hostile shapes, positions and `data` included; the pipeline uses it when
 * the syntax is that, and remark-parse when a plugin adds other syntax.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { directive } from 'micromark-extension-directive';
import { gfm } from 'micromark-extension-gfm';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ satteri: 0 }));
vi.mock('satteri', async (original) => {
  const real = await original<typeof import('satteri')>();
  return { ...real, markdownToMdast: (...args: Parameters<typeof real.markdownToMdast>) => {
    calls.satteri += 1;
    return real.markdownToMdast(...args);
  } };
});

const { parseMarkdown, satteriSyntax } = await import('../../../src/ingest/parse-markdown.ts');
const { remarkRepairSource } = await import('../../../src/ingest/remark-repair-source.ts');

const root = join(import.meta.dirname, '../../..');

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) continue;
    if (statSync(path).isDirectory()) markdownFiles(path, out);
    else if (name.endsWith('.md')) out.push(path);
  }
  return out;
}

/** A tree as data: keys sorted, undefined fields left out. */
function plain(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(plain);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(node).sort()) {
    const value = (node as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = plain(value);
  }
  return out;
}

const remarkTree = (text: string): Root => fromMarkdown(text, {
  extensions: [gfm(), directive()],
  mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()],
});
const WITH_DIRECTIVES = { directive: true };

const HOSTILE: Array<[string, string]> = [
  ['nested quotes', `${'> '.repeat(200)}deep\n`],
  ['nested lists', Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- item ${i}`)
    .join('\n')],
  ['emphasis run', `${'*a '.repeat(3000)}\n`],
  ['brackets', `${'['.repeat(2000)}x${']'.repeat(1000)}(y)\n`],
  ['unclosed html', '<div><p>open\n\n<script>alert(1)</script>\n\n<!-- never closed\n'],
  ['tabs, CRLF, NUL', '#\tTitle\r\n\r\n\tcode\r\n- [x]\ttask\r\n\u0000 nul\r\n'],
  ['task lists', '- [ ] todo\n- [x]   done\n  * [X] nested\n\n1. [ ] numbered\n' +
    '- [x] `code` first\n- [ ] [link](x) first\n- [x]\n\n  para\n- [ ] *em*\n'],
  ['byte order mark', '\uFEFF# Title\n\ntext\n'],
  ['table', `| a | b |\n| - | :-: |\n${'| 1 | 2 |\n'.repeat(500)}`],
  ['autolinks and footnotes', 'www.example.com and https://x.y/z?q=1.\n\nA[^1].\n\n[^1]: Note.\n'],
  ['entities', '&amp; &copy; &#x1F433; &unknown; &#0;\n'],
  ['long line', `${'word '.repeat(20_000)}\n`],
  ['emoji and astral', '# 🐳 Docker\n\n𝒳 text ✓\n'],
  ['directives', ':::note[Title **b**]\nbody\n:::\n\n::leaf[lab]{#id .c k=v}\n\n' +
    'Note:this, a:b, 10:30, :smile: and :abbr[HTML]{title="x"}\n\n' +
    '::::outer\n:::inner\n- x\n:::\n::::\n\n> :::quoted\n> x\n> :::\n\n' +
    '- item\n\n  :::in-list\n  y\n  :::\n'],
  ['open containers', ':::a\n:::b\nx\n'],
  ['a container closed by its parent', '::::outer\n:::inner\nx\n::::\n'],
  ['a container open at the end', 'para\n:::x\n\n\n'],
];

describe('parseMarkdown', () => {
  it("gives remark-parse's tree for every Markdown file of the project and the seeds", () => {
    const files = [...markdownFiles(join(root, 'content')), ...markdownFiles(join(root, 'tests')),
      ...markdownFiles(join(root, 'src'))];
    expect(files.length).toBeGreaterThan(80);
    const differ = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      try {
        expect(plain(parseMarkdown(text, WITH_DIRECTIVES))).toEqual(plain(remarkTree(text)));
        return false;
      } catch {
        return true;
      }
    });
    expect(differ).toEqual([]);
  });

  it.each(HOSTILE)('gives the same tree on %s, or leaves it to remark-parse', (_name, text) => {
    const tree = parseMarkdown(text, WITH_DIRECTIVES) ?? remarkTree(text);
    expect(plain(tree)).toEqual(plain(remarkTree(text)));
  });

  it('leaves open containers to remark-parse, and parses closed ones', () => {
    expect(parseMarkdown(':::a\n:::b\nx\n', WITH_DIRECTIVES)).toBeUndefined();
    expect(parseMarkdown('::::outer\n:::inner\nx\n::::\n', WITH_DIRECTIVES)).toBeUndefined();
    expect(parseMarkdown(':::a\nx\n:::\n', WITH_DIRECTIVES)).toBeDefined();
  });

  it('reads directives only when asked to, as remark-parse without remark-directive', () => {
    const text = ':::note\nbody\n:::\n\na :b[c] d\n';
    const gfmOnly = fromMarkdown(text,
      { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    expect(plain(parseMarkdown(text))).toEqual(plain(gfmOnly));
    expect(plain(parseMarkdown(text, WITH_DIRECTIVES))).not.toEqual(plain(gfmOnly));
  });

  it('knows the syntax of remark-gfm and remark-directive, and no other', () => {
    expect(satteriSyntax([gfm()], [gfmFromMarkdown()])).toEqual({ directive: false });
    expect(satteriSyntax([directive(), gfm()], [1, 2])).toEqual({ directive: true });
    expect(satteriSyntax([gfm(), directive(), {}], [1, 2, 3])).toBeUndefined();
    expect(satteriSyntax([directive()], [1])).toBeUndefined();
    expect(satteriSyntax([gfm({ singleTilde: false }), { text: { 36: { name: 'math' } } }],
      [1, 2])).toBeUndefined();
    expect(satteriSyntax([gfm()], [])).toBeUndefined();
    expect(satteriSyntax(undefined, undefined)).toBeUndefined();
  });

  it('leaves a text with a lone surrogate to remark-parse (Sätteri would replace it)', () => {
    expect(parseMarkdown('# a \uD800 b\n')).toBeUndefined();
    expect(parseMarkdown('# a \uD83D\uDC33 b\n')).toBeDefined();
  });

  it('starts a task-list paragraph at its checkbox when code follows it, as remark does', () => {
    const tree = parseMarkdown('- [x] `code`\n')!;
    const item = tree.children[0]?.type === 'list' ? tree.children[0].children[0] : undefined;
    expect(item?.children[0]?.position?.start).toEqual({ line: 1, column: 3, offset: 2 });
  });
});

describe('remarkRepairSource', () => {
  const parse = (text: string, extra = false) => {
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
    if (extra) {
      processor.use(function addSyntax() {
        const data = this.data();
        (data.micromarkExtensions ??= []).push({});
        (data.fromMarkdownExtensions ??= []).push({});
      });
    }
    processor.use(remarkRepairSource);
    return processor.parse(text);
  };

  it('parses with Sätteri when the syntax is GFM only, with remark-parse otherwise', () => {
    calls.satteri = 0;
    const text = '- [ ] a\n\n| x |\n| - |\n| 1 |\n\n:::note\nb\n:::\n';
    const fast = parse(text);
    expect(calls.satteri).toBe(1);
    const slow = parse(text, true);
    expect(calls.satteri).toBe(1);
    expect(plain(fast)).toEqual(plain(slow));
  });
});
