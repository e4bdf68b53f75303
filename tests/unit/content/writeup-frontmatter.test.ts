/**
 * A write-up's front matter is a small, text-only schema: every Starlight field that put markup,
 * scripts or links into the page is refused with `file:line`, the field, and what is allowed.
 */
import { describe, expect, it } from 'vitest';
import { readEntry } from '../../../src/loaders/read-entry.ts';
import { validateFrontmatter } from '../../../src/loaders/validate-frontmatter.ts';
import {
  WRITEUP_FIELDS,
  writeupFrontmatterSchema,
} from '../../../src/loaders/writeup-frontmatter.ts';

function problems(text: string): string[] {
  const entry = readEntry(text, 'content/writeups/x.md');
  return validateFrontmatter(() => writeupFrontmatterSchema, entry.frontmatter,
    'content/writeups/x.md', entry.text, WRITEUP_FIELDS);
}

const allowed = '(a write-up may use only `title`, `description`, `sidebar.label`, ' +
  '`sidebar.order` and `draft`)';

describe('write-up front matter', () => {
  it('accepts the text fields', () => {
    expect(problems('---\ntitle: "</title><script>alert(1)</script>"\ndescription: d\n' +
      'sidebar:\n  label: "<img src=x onerror=alert(1)>"\n  order: 2\ndraft: false\n---\n# T\n'))
      .toEqual([]);
    expect(problems('# No front matter\n')).toEqual([]);
  });

  it.each([
    ['head', 'head:\n  - tag: script\n    content: alert(1)', 2],
    ['head', 'head:\n  - tag: base\n    attrs: { href: "https://evil.example/" }', 2],
    ['banner', 'banner:\n  content: <img src=x onerror=alert(1)>', 2],
    ['hero', 'hero:\n  title: <script>alert(1)</script>', 2],
    ['prev', 'prev:\n  link: "javascript:alert(1)"', 2],
    ['next', 'next:\n  link: "javascript:alert(1)"', 2],
    ['editUrl', 'editUrl: "javascript:alert(1)"', 2],
    ['template', 'template: splash', 2],
    ['sidebar.attrs', 'sidebar:\n  label: ok\n  attrs:\n    onclick: alert(1)', 4],
    ['sidebar.badge', 'sidebar:\n  badge: { text: x }', 3],
  ])('refuses `%s`', (field, yaml, line) => {
    expect(problems(`---\n${yaml}\n---\n# T\n`)).toEqual([
      `content/writeups/x.md:${line}: front matter field \`${field}\`: not allowed ${allowed}`,
    ]);
  });

  it('says what was received for a wrong type', () => {
    expect(problems('---\ntitle: 42\n---\n')).toEqual([
      'content/writeups/x.md:2: front matter field `title`: received `42`, expected string',
    ]);
  });
});
