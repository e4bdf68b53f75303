/**
 * Issue 11, "a hostile write-up can harm no reader", on a built site: the hostile write-ups in
 * tests/fixtures/hostile/ and tests/fixtures/pipeline/hostile-* build into pages where no
 * author text runs as script — not in `<title>`, the heading, the sidebar, a description, a
 * link or a Mermaid diagram — and a write-up that asks for `head`, `sidebar.attrs` or `editUrl`
 * fails the build with `file:line`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, removeFixture, type FixtureBuild } from './build-fixture.ts';

const fixtures = join(import.meta.dirname, '../fixtures');
const hostile = (name: string) => readFileSync(join(fixtures, 'hostile', name), 'utf8');
const pipeline = (name: string) =>
  readFileSync(join(fixtures, 'pipeline', name, 'input.md'), 'utf8');
const index = '---\ntitle: Home\n---\n\nHello.\n';
const URL_KEYS = ['href', 'src', 'xLinkHref', 'action', 'formAction', 'poster', 'data'];

/** Every way the page could run author text: scripts with it, handlers, script URLs, `<base>`. */
function hazards(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName === 'script' && /alert\(/.test(toString(node))) {
      found.push(`<script>${toString(node).slice(0, 40)}`);
    }
    if (node.tagName === 'base') found.push('<base>');
    for (const [key, value] of Object.entries(node.properties)) {
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      if (/^on/i.test(key)) found.push(`<${node.tagName} ${key}>`);
      const squeezed = text.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (URL_KEYS.includes(key) && /^(?:javascript|vbscript|data):/.test(squeezed)) {
        found.push(`<${node.tagName} ${key}="${text}">`);
      }
    }
  });
  return found;
}

function pages(dir: string): string[] {
  return readdirSync(join(dir, 'dist'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('hostile write-ups on a built site', () => {
  let site: FixtureBuild;
  const page = (slug: string) =>
    readFileSync(join(site.dir, 'dist/writeups', slug, 'index.html'), 'utf8');

  beforeAll(() => {
    site = buildFixture({
      'content/pages/index.md': index,
      'content/writeups/title-markup.md': hostile('title-markup.md'),
      'content/writeups/frontmatter-text.md': hostile('frontmatter-text.md'),
      'content/writeups/mermaid-click.md': hostile('mermaid-click.md'),
      'content/writeups/hostile-html.md': pipeline('hostile-html'),
      'content/writeups/hostile-links.md': pipeline('hostile-links'),
      'content/writeups/unsafe-html.md': pipeline('unsafe-html'),
    });
  }, 300_000);
  afterAll(() => removeFixture(site));

  it('builds, with the removals reported at file:line', () => {
    expect(site.code, site.output).toBe(0);
    expect(site.output).toContain('content/writeups/hostile-html.md:10: raw `<svg>` element');
    expect(site.output).toContain('content/writeups/hostile-links.md:5: script URL ' +
      '`javascript:alert(7)` in `<a>`');
  });

  it('has no author script on any page', () => {
    const found = pages(site.dir).flatMap((file) =>
      hazards(readFileSync(file, 'utf8')).map((hazard) => `${file}: ${hazard}`));
    expect(found).toEqual([]);
  });

  it('writes a title made of markup as text: <title>, heading, sidebar', () => {
    const tree = fromHtml(page('title-markup'));
    const title = '</title><script>alert(1)</script>';
    let head = '';
    let h1 = '';
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'title') head = toString(node);
      if (node.tagName === 'h1') h1 = toString(node);
    });
    expect(head).toBe(`Escaping ${title} | shipshape`);
    expect(h1).toBe(`Escaping ${title}`);
    const links: Record<string, string[]> = {};
    visit(tree, 'element', (node: Element) => {
      const href = String(node.properties['href'] ?? '');
      if (node.tagName === 'a' && href.startsWith('/writeups/')) {
        (links[href] ??= []).push(toString(node).trim());
      }
    });
    expect(links['/writeups/title-markup/']).toContain(`Escaping ${title}`);
    expect(links['/writeups/frontmatter-text/']).toContain('<img src=x onerror=alert(4)>');
  });

  it('keeps the description and the front matter title as text', () => {
    const tree = fromHtml(page('frontmatter-text'));
    let description: unknown;
    let head = '';
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'meta' && node.properties['name'] === 'description') {
        description = node.properties['content'];
      }
      if (node.tagName === 'title') head = toString(node);
    });
    expect(description).toBe('"><script>alert(3)</script>');
    expect(head).toBe('</title><script>alert(2)</script> | shipshape');
  });

  it('draws a Mermaid diagram with no click action and no script', () => {
    const html = page('mermaid-click');
    expect(html).toMatch(/<figure class="mermaid-diagram" tabindex="0"( data-start="[\d.]+")?>/);
    const inSvg: string[] = [];
    visit(fromHtml(html), 'element', (node: Element) => {
      if (node.tagName !== 'svg') return;
      visit(node, 'element', (inner: Element) => {
        if (['a', 'script', 'img', 'iframe', 'animate', 'set'].includes(inner.tagName)) {
          inSvg.push(inner.tagName);
        }
      });
    });
    expect(inSvg).toEqual([]);
  });
});

describe('write-up front matter beyond the safe fields', () => {
  it('fails the build, naming each field and line and what is allowed', () => {
    const build = buildFixture({
      'content/pages/index.md': index,
      'content/writeups/frontmatter-head.md': hostile('frontmatter-head.md'),
    });
    expect(build.code).not.toBe(0);
    const allowed = '(a write-up may use only `title`, `description`, `sidebar.label`, ' +
      '`sidebar.order` and `draft`)';
    for (const [line, field] of [[3, 'head'], [7, 'sidebar.attrs'], [9, 'editUrl']]) {
      expect(build.output).toContain(`content/writeups/frontmatter-head.md:${line}: front ` +
        `matter field \`${field}\`: not allowed ${allowed}`);
    }
    expect(build.output).not.toMatch(/Stack trace/);
    removeFixture(build);
  });
});
