/**
 * The generated Markdown of an example page: the folder as a tree, every file in a fenced block
 * long enough for its backticks, the walkthrough and the commands.
 */
import { describe, expect, it } from 'vitest';
import {
  examplePageMarkdown,
  fileTree,
  languageOf,
} from '../../../src/examples/example-page-markdown.ts';
import { readExample } from '../../../src/examples/read-examples.ts';
import { codeTitle } from '../../../src/shared/code-title.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('example page Markdown', () => {
  it('draws the folder as `tree` does, folders first and └── last', () => {
    const files = ['b.txt', 'a/x.py', 'a/b/y.py', 'c.md']
      .map((path) => ({ path, data: encode('') }));
    expect(fileTree('demo', files)).toBe([
      'demo/',
      '├── a/',
      '│   ├── b/',
      '│   │   └── y.py',
      '│   └── x.py',
      '├── b.txt',
      '└── c.md',
    ].join('\n'));
  });

  it('names the language of each file', () => {
    expect(['Dockerfile', '.dockerignore', 'app.py', 'requirements.txt', 'README.md', 'x.bin']
      .map(languageOf)).toEqual(['dockerfile', 'sh', 'python', 'text', 'md', 'text']);
  });

  it('puts every file in the tabs, fenced longer than its own backticks', () => {
    const example = readExample('03-multi-stage-slim');
    const markdown = examplePageMarkdown({
      example,
      walkthrough: '::::walkthrough{file="Dockerfile"}\n::::',
      basedOnTitle: 'Lab 02',
      basedOnUrl: '/writeups/lab/',
      zipUrl: '/examples/03-multi-stage-slim.zip',
    });
    const tabs = markdown.slice(markdown.indexOf('::::file-tabs'), markdown.indexOf('\n::::\n'));
    for (const file of example.files) expect(tabs).toContain(`title="${file.path}"`);
    // README.md holds ``` fences itself: its block opens with four.
    expect(markdown).toContain('````md title="README.md"');
    expect(markdown).toContain('## The Dockerfile, step by step');
    expect(markdown).toContain(example.commands.run);
    expect(markdown)
      .toContain('[Download the folder as a .zip](/examples/03-multi-stage-slim.zip)');
    expect(markdown).toContain('the write-up it follows: [Lab 02](/writeups/lab/)');
  });

  it('reads a code block\'s title', () => {
    expect(codeTitle('title="tests/test_app.py" mark={1}')).toBe('tests/test_app.py');
    expect(codeTitle("title='x y'")).toBe('x y');
    expect(codeTitle(undefined)).toBeUndefined();
  });
});
