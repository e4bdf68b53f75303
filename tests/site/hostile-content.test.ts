/**
 * Issue 11: a hostile write-up can neither read the build machine's files nor take the build
 * down. Each fixture site below is built once; a refusal fails the build with one line naming
 * `file:line`, and no stack trace; content that is only too big or too deep builds, with a
 * warning naming `file:line`, and its text on the page. Every build has a time bound.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, removeFixture } from './build-fixture.ts';

const index = '---\ntitle: Home\n---\n\nHello.\n';
const STACK = /Stack trace|\n\s+at .*\.(?:ts|js|mjs):\d+/;
const BOUND = { timeout: 240_000 };
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)">' +
  '<script>alert(2)</script></svg>\n';

function walkthroughFile(path: string, lines = '1'): string {
  return `# Hostile\n\n::::walkthrough{file="${path}"}\n:::step[Base]{lines="${lines}"}\n` +
    'Text\n:::\n::::\n';
}

describe('a refused input fails the build with one file:line line', BOUND, () => {
  it.each([
    ['/proc/self/environ', 'is an absolute path'],
    ['../../.git/config', 'points outside the content folder'],
    ['.', 'is a folder'],
  ])('walkthrough file="%s"', (path, problem) => {
    const build = buildFixture({
      'content/pages/index.md': index,
      'content/writeups/hostile.md': walkthroughFile(path),
    });
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(
      `content/writeups/hostile.md:3: walkthrough file \`${path}\` ${problem}; expected a path ` +
      'relative to this Markdown file');
    expect(build.output).not.toMatch(STACK);
    expect(build.output).not.toMatch(/EISDIR|PATH=|HOME=/);
    removeFixture(build);
  });

  it('once, escaped: no dump of the refusal with the author\'s bytes raw', () => {
    // Astro's Markdown processor printed the refusal object (20 lines, absolute paths, the
    // reason raw: this ESC and BEL reached the terminal) before the loader's own line.
    const build = buildFixture({
      'content/pages/index.md': index,
      'content/writeups/hostile.md': walkthroughFile('gone\u001b]0;pwned\u0007.Dockerfile'),
    });
    expect(build.code).not.toBe(0);
    const named = build.output.split('\n').filter((line) => line.includes('hostile.md'));
    expect(named).toEqual([expect.stringMatching(new RegExp('^content/writeups/hostile\\.md:3: ' +
      'walkthrough file `gone\\\\x1b\\]0;pwned\\\\x07\\.Dockerfile` not found'))]);
    expect(build.output).not.toMatch(/[\u001b\u0007]/);
    expect(build.output).not.toContain('Failed to parse Markdown file');
    removeFixture(build);
  });

  it('an alias bomb in front matter', () => {
    const laughs = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
      ...Array.from({ length: 9 }, (_, i) =>
        `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`)].join('\n');
    const build = buildFixture({
      'content/pages/index.md': index,
      'content/writeups/bomb.md': `---\ntitle: Bomb\n${laughs}\n---\n\n# Bomb\n`,
    });
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('content/writeups/bomb.md:3: the front matter is not ' +
      'accepted: found the anchor `&a0`; anchors and aliases (`*a0`) are not accepted');
    expect(build.output).not.toMatch(STACK);
    removeFixture(build);
  });

  it('a line range of a hundred million lines', () => {
    const build = buildFixture({
      'content/pages/index.md': index,
      'content/writeups/range.md': '# Range\n\n::::walkthrough\n```dockerfile\nFROM alpine:3.20\n' +
        'CMD ["sh"]\n```\n\n:::step[All]{lines="1-100000000"}\nText\n:::\n::::\n',
    });
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('content/writeups/range.md:9: step "All" claims line 3, but ' +
      'the Dockerfile (the code block above) has 2 lines');
    expect(build.output).not.toMatch(STACK);
    removeFixture(build);
  });
});

describe('content too deep or too big builds, cut visibly, with warnings', BOUND, () => {
  it('deep nesting, a huge table, unclosed HTML, an image outside content/, control bytes', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `| ${i} | x |`).join('\n');
    const build = buildFixture({
      'content/pages/index.md': index,
      'content/writeups/deep.md': `# Deep\n\n${'>'.repeat(10_000)} quoted\n\n` +
        `${'<div>\n'.repeat(10_000)}\ninner text\n\n${'</div>\n'.repeat(10_000)}\nAfter.\n`,
      'content/writeups/table.md': `# Table\n\n| n | v |\n|---|---|\n${rows}\n\nEnd.\n\n` +
        '```js {1-100000000}\nconst marked = 1;\n```\n',
      'content/writeups/unclosed.md': '# Unclosed\n\n<!-- draft\n\n## Kept\n\nKept text.\n',
      'content/writeups/image.md': '# Image\n\n![secret](../../../../../../etc/passwd)\n\n' +
        '![esc](<gone\u001b[2J\u202e.png>)\n\n![drawing](drawing.svg)\n\n' +
        '![png](disguised.png)\n\n![page](page.png)\n',
      // An SVG image was published as it is, and opened by its address it ran its script.
      'content/writeups/drawing.svg': SVG,
      'content/writeups/disguised.png': SVG,
      // No image at all: Astro's NoImageMetadata error stopped the build, with a stack trace.
      'content/writeups/page.png': '<html><body>not an image</body></html>\n',
    });
    expect(build.code, build.output).toBe(0);
    const out = build.output;
    expect(out).toContain('content/writeups/deep.md:3: blockquotes or lists nested 10000 deep ' +
      '(the limit is 32); flattened to 32 levels, text kept [nesting-limit]');
    expect(out).toMatch(/content\/writeups\/deep\.md:\d+: HTML elements nested 10000 deep/);
    expect(out).toContain('content/writeups/table.md:3: table of 5001 rows (the limit is 1000 ' +
      'rows or 20000 cells); cut at 1000 rows, with a note');
    expect(out).toContain('content/writeups/table.md:5008: code block marks lines `1-100000000`');
    expect(out).toContain('content/writeups/unclosed.md:3: unclosed `<!--` swallows 4 lines');
    expect(out).toMatch(new RegExp('content/writeups/image\\.md:3: image not shown: ' +
      '`[./]+etc/passwd` points outside the content folder'));
    expect(out).toContain('gone\\x1b[2J\\u202e.png');
    for (const [line, name] of [[7, 'drawing.svg'], [9, 'disguised.png']]) {
      expect(out).toContain(`content/writeups/image.md:${line}: image not shown: \`${name}\` is ` +
        'an SVG image, which can carry scripts');
    }
    expect(out).toContain('content/writeups/image.md:11: image not shown: `page.png` is not an ' +
      'image that can be read');
    const published = readdirSync(join(build.dir, 'dist/_astro'));
    expect(published.filter((name) => /^(?:drawing|disguised)\./.test(name))).toEqual([]);
    expect(out).not.toMatch(/[\u001b\u202e]/);
    expect(out).not.toMatch(STACK);
    const page = (name: string) =>
      readFileSync(join(build.dir, `dist/writeups/${name}/index.html`), 'utf8');
    expect(page('deep')).toContain('inner text');
    expect(page('deep')).toContain('quoted');
    expect(page('table')).toContain('Table truncated at 1000 of 5001 rows; see the source');
    expect(page('table')).toContain('End.');
    expect(page('unclosed')).toContain('Kept text.');
    expect(page('image')).not.toContain('root:');
    removeFixture(build);
  });
});
