/**
 * Builds small fixture sites to check how the build treats bad and odd content: authored pages
 * with wrong front matter fail with `file:line`, field, received and expected — and no stack
 * trace; write-ups with a BOM, CRLF and unsafe HTML build, with warnings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, removeFixture } from './build-fixture.ts';

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

  it('points at the line of broken YAML', () => {
    const build = buildFixture({
      'content/pages/index.md': index,
      'content/writeups/bad-yaml.md': '---\ntitle: [unclosed\n---\n\n# Bad YAML\n',
    });
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(/content\/writeups\/bad-yaml\.md:\d+: the front matter is not valid/);
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
    expect(html).toContain('🐳 Windows Notes</h1>');
    expect(html).not.toContain('alert(1)');
    expect(html).not.toContain('onclick');
    expect(html).toMatch(/<details><summary>More<\/summary>Hidden<\/details>/);
    expect(existsSync(join(build.dir, 'dist/authors/report/index.html'))).toBe(true);
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
    expect(build.output).toMatch(/content\/pages\/range\.md:1\d: step "Too far" claims line 4, but/);
    expect(build.output).toContain('has 3 lines');
    expect(build.output).not.toMatch(/Stack trace/);
    removeFixture(build);
  });

  it('name an unknown file and duplicate step ids', () => {
    const unknown = buildFixture({
      'content/pages/index.md': index,
      'content/pages/missing.md': '---\ntitle: M\n---\n\n::::walkthrough{file="nope/Dockerfile"}\n' +
        ':::step[A]{lines="1"}\nText\n:::\n::::\n',
    });
    expect(unknown.code).not.toBe(0);
    expect(unknown.output).toMatch(/content\/pages\/missing\.md:5: walkthrough file `nope\/Dockerfile` not found/);
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
