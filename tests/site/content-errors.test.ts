/**
 * Builds small fixture sites to check how the build treats bad and odd content: authored pages
 * with wrong front matter fail with `file:line`, field, received and expected — and no stack
 * trace; write-ups with a BOM, CRLF and unsafe HTML build, with warnings.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, buildFixture, removeFixture } from './build-fixture.ts';

const index = '---\ntitle: Home\n---\n\nHello.\n';

describe('content errors fail the build clearly', () => {
  it('names file, line, field, what was received and what was expected', () => {
    const build = buildFixture({
      'content/pages/index.md': index,
      'content/pages/broken.md': '---\ndescription: 42\ntemplate: wide\n---\n\nText.\n',
    });
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(
      'content/pages/broken.md:1: front matter field `title`: received nothing (the field is ' +
        'missing), expected string',
    );
    expect(build.output).toContain(
      'content/pages/broken.md:2: front matter field `description`: received `42`, expected string',
    );
    expect(build.output).toContain('content/pages/broken.md:3: front matter field `template`: ' +
      'received `"wide"`, expected one of `"doc"`, `"splash"`');
    expect(build.output).not.toMatch(/Stack trace|\n\s+at .*\.(?:ts|js):\d+/);
    removeFixture(build);
  });

  it('names both files that would get one address, and how to fix it', () => {
    const build = buildFixture({
      'content/pages/index.md': index,
      'content/writeups/my notes.md': '# A\n',
      'content/writeups/my-notes.md': '# B\n',
      'content/writeups/Notes.md': '# C\n',
      'content/writeups/notes.md': '# D\n',
    });
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('content/writeups/my-notes.md:1: this file and ' +
      'content/writeups/my notes.md get the same address, /writeups/my-notes/');
    expect(build.output).toMatch(/content\/writeups\/(?:N|n)otes\.md:1: this file and content\/w/);
    expect(build.output).toContain('differ only in case');
    expect(build.output).toContain('Rename one file of each pair');
    expect(build.output).not.toMatch(/Stack trace/);
    removeFixture(build);
  });

  it('points at the line of broken YAML', () => {
    const build = buildFixture({
      'content/pages/index.md': index,
      'content/writeups/bad-yaml.md': '---\ntitle: [unclosed\n---\n\n# Bad YAML\n',
    });
    expect(build.code).not.toBe(0);
    expect(build.output)
      .toMatch(/content\/writeups\/bad-yaml\.md:\d+: the front matter is not valid/);
    expect(build.output).not.toMatch(/Stack trace/);
    removeFixture(build);
  });
});

describe('odd write-ups build', () => {
  it('accepts BOM and CRLF, sanitizes HTML, and reports each step with file:line', () => {
    const writeup = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(
        '# 🐳 Windows Notes\r\n\r\nText.\r\n\r\n<script>alert(1)</script>\r\n\r\n' +
          '<p onclick="x()">Click</p>\r\n\r\n<details><summary>More</summary>Hidden</details>\r\n',
      ),
    ]);
    const build = buildFixture({
      'content/pages/index.md': index,
      'content/writeups/windows-notes.md': writeup,
    });
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain('content/writeups/windows-notes.md:1: a UTF-8 byte-order mark');
    expect(build.output).toContain('content/writeups/windows-notes.md:5: raw `<script>` element');
    expect(build.output).toContain('content/writeups/windows-notes.md:7: event handler `onclick`');
    const html = readFileSync(join(build.dir, 'dist/writeups/windows-notes/index.html'), 'utf8');
    // The heading's text (the emoji sits in a box of its own: src/fonts/emoji-boxes.ts).
    const heading = /<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1]?.replace(/<[^>]+>/g, '');
    expect(heading).toBe('🐳 Windows Notes');
    expect(html).not.toContain('alert(1)');
    expect(html).not.toContain('onclick');
    expect(html).toMatch(/<details><summary>More<\/summary>Hidden<\/details>/);
    expect(existsSync(join(build.dir, 'dist/authors/report/index.html'))).toBe(true);
    removeFixture(build);
  });
});

describe('the write-ups sidebar group, made from the collection', () => {
  it('labels by sidebar.label and lists no draft', () => {
    const build = buildFixture({
      'content/pages/index.md': index,
      'content/writeups/kept.md': '---\nsidebar:\n  label: Short name\n---\n# A long title\n',
      'content/writeups/unfinished.md': '---\ndraft: true\n---\n# Unfinished\n',
    });
    expect(build.code, build.output).toBe(0);
    const html = readFileSync(join(build.dir, 'dist/index.html'), 'utf8');
    expect(html).toMatch(/<a href="\/writeups\/kept\/"[^>]*>\s*<span[^>]*>Short name</);
    expect(html).not.toContain('/writeups/unfinished/');
    removeFixture(build);
  });
});

describe('authored walkthroughs', () => {
  const walkthrough = (steps: string, attrs = '') =>
    `---\ntitle: W\n---\n\n::::walkthrough${attrs}\n\`\`\`dockerfile\nFROM alpine:3.20\n` +
    `RUN echo hi\nCMD ["sh"]\n\`\`\`\n\n${steps}\n::::\n`;

  it('fail the build with file:line and what to change', () => {
    const build = buildFixture({
      'content/pages/index.md': index,
      'content/pages/range.md': walkthrough(':::step[Too far]{lines="2-9"}\nText\n:::'),
    });
    expect(build.code).not.toBe(0);
    expect(build.output)
      .toMatch(/content\/pages\/range\.md:1\d: step "Too far" claims line 4, but/);
    expect(build.output).toContain('has 3 lines');
    expect(build.output).not.toMatch(/Stack trace/);
    removeFixture(build);
  });

  it('name an unknown file and duplicate step ids', () => {
    const unknown = buildFixture({
      'content/pages/index.md': index,
      'content/pages/missing.md':
        '---\ntitle: M\n---\n\n::::walkthrough{file="nope/Dockerfile"}\n' +
        ':::step[A]{lines="1"}\nText\n:::\n::::\n',
    });
    expect(unknown.code).not.toBe(0);
    expect(unknown.output)
      .toMatch(/content\/pages\/missing\.md:5: walkthrough file `nope\/Dockerfile` not found/);
    removeFixture(unknown);
    const twice = buildFixture({
      'content/pages/index.md': index,
      'content/pages/twice.md': walkthrough(
        ':::step[A]{lines="1" id="x"}\nText\n:::\n\n:::step[B]{lines="2" id="x"}\nText\n:::'),
    });
    expect(twice.code).not.toBe(0);
    expect(twice.output).toMatch(/content\/pages\/twice\.md:\d+: two steps have the id `step-x`/);
    removeFixture(twice);
  });
});

describe('Mermaid diagrams', () => {
  const diagram = '```mermaid\ngraph TD\n  A[Need a shell?] -->|yes| B[alpine]\n' +
    '  A -->|no| C[distroless]\n```\n';

  it('render to one inline SVG for light and dark, from the cache on a rebuild', () => {
    const files = {
      'content/pages/index.md': index,
      'content/writeups/diagram.md': `# Diagram\n\nText.\n\n${diagram}\nMore.\n\n${diagram}`,
    };
    const first = buildFixture(files);
    expect(first.code, first.output).toBe(0);
    const html = readFileSync(join(first.dir, 'dist/writeups/diagram/index.html'), 'utf8');
    // Focusable: a diagram wider than the column scrolls sideways (readable-width.ts).
    const figure = /<figure class="mermaid-diagram" tabindex="0"( data-start="[\d.]+")?>/g;
    expect(html.match(figure)).toHaveLength(2);
    // One drawing per diagram, its dark colours as CSS (one-drawing.ts): not a second SVG.
    expect(html.match(/<svg[^>]*class="[^"]*mermaid-themed/g)).toHaveLength(2);
    expect(html).not.toMatch(/<svg[^>]*class="[^"]*mermaid-(light|dark)/);
    expect(html.match(/<style data-theme="dark">@media not print\{:root\[data-theme='dark'\]/g))
      .toHaveLength(2);
    // No Mermaid runtime (the one inline script only scrolls a wide diagram to its start).
    expect(html).not.toMatch(
      /<script[^>]*\bsrc="[^"]*mermaid|from ?["'][^"']*mermaid|language-mermaid/);
    const ids = [...html.matchAll(/<svg[^>]* id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(first.output)
      .toMatch(/\[mermaid\] .*diagram\.md: 2 diagram\(s\), 4 rendering\(s\) to make/);
    // An unchanged write-up is not rendered again at all (src/loaders/render-inputs.ts): an
    // edit elsewhere in it makes it render, its diagrams from the cache.
    appendFileSync(join(first.dir, 'content/writeups/diagram.md'), '\nEdited.\n');
    const second = build(first.dir);
    expect(second.code, second.output).toBe(0);
    expect(second.output)
      .toMatch(/\[mermaid\] .*diagram\.md: 2 diagram\(s\), 0 rendering\(s\) to make, 4 cached/);
    removeFixture(first);
  });

  it('fail the build with file:line and Mermaid\'s message when broken', () => {
    const build = buildFixture({
      'content/pages/index.md': index,
      'content/writeups/broken.md': '# Broken\n\nText.\n\n```mermaid\ngraph TD\n  A --> \n```\n',
    });
    expect(build.code).not.toBe(0);
    expect(build.output)
      .toMatch(/content\/writeups\/broken\.md:5: Mermaid cannot render this diagram: Parse error/);
    expect(build.output).not.toMatch(/Stack trace/);
    removeFixture(build);
  });
});
