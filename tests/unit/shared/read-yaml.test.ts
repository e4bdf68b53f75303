/**
 * The one YAML reader (src/shared/read-yaml.ts) and the front matter that goes through it: anchors
 * and aliases — an alias bomb, a value that refers to itself — are refused with the line, fast.
 */
import { describe, expect, it } from 'vitest';
import { readYaml, YamlProblem } from '../../../src/shared/read-yaml.ts';
import { readEntry } from '../../../src/loaders/read-entry.ts';

const laughs = ['lol0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...Array.from({ length: 9 }, (_, i) =>
    `lol${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`)].join('\n');

describe('readYaml', { timeout: 2_000 }, () => {
  it('reads plain data', () => {
    expect(readYaml('a: 1\nb: [x, y]\n')).toEqual({ a: 1, b: ['x', 'y'] });
  });

  it('refuses an alias bomb at the first anchor', () => {
    expect(() => readYaml(`title: x\n${laughs}\n`)).toThrow(YamlProblem);
    try {
      readYaml(`title: x\n${laughs}\n`);
    } catch (error) {
      expect((error as YamlProblem).line).toBe(2);
      expect((error as YamlProblem).reason).toMatch(/anchor `&a0`.*not accepted/);
    }
  });

  it('refuses a self-reference and a dangling alias', () => {
    expect(() => readYaml('a: &a\n  b: *a\n')).toThrow(/anchor `&a`/);
    expect(() => readYaml('x: *nope\n')).toThrow(/alias/);
  });

  it('bounds nesting', () => {
    expect(() => readYaml(`${'['.repeat(10_000)}`)).toThrow(/maxDepth/);
  });
});

describe('front matter', { timeout: 2_000 }, () => {
  it('is refused with file:line and no stack trace', () => {
    const text = `---\ntitle: Bomb\n${laughs}\n---\n\n# Bomb\n`;
    let error: unknown;
    try {
      readEntry(text, 'content/writeups/bomb.md');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Error);
    const { message, stack } = error as Error;
    expect(message).toMatch(/^content\/writeups\/bomb\.md:3: the front matter is not accepted: /);
    expect(message).not.toContain('\n');
    expect(stack).toBe('');
  });

  it('still reads ordinary front matter', () => {
    expect(readEntry('---\ntitle: Fine\n---\n\nText\n', 'x.md').frontmatter)
      .toEqual({ title: 'Fine' });
  });
});
