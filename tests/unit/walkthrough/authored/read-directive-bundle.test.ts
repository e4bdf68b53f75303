/**
 * Tests for the render stage, authored walkthroughs in a write-up folder: `file="Dockerfile"`
 * is read from the folder's files the loader handed over, not from disk again (issue 15: no
 * stage re-reads content). The folder on disk holds another Dockerfile than the hand-off, so a
 * read from disk shows. A path the hand-off does not show still gets the disk path's checks.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { WriteupBundle } from '../../../../src/bundle/bundle-data.ts';
import { readWalkthroughDirective } from '../../../../src/walkthrough/authored/read-directive.ts';

const HANDED = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n';
const ON_DISK = 'FROM alpine:3.20\nCMD ["sh"]\n';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-read-directive-'));
  mkdirSync(join(dir, 'app', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'app', 'Dockerfile'), ON_DISK);
  writeFileSync(join(dir, 'app', 'big.Dockerfile'), ON_DISK);
  return dir;
}

const bundle: WriteupBundle = {
  folder: 'content/writeups/app',
  markdown: 'DOCKER.md',
  files: [
    { path: 'Dockerfile', size: HANDED.length, role: 'dockerfile', text: HANDED },
    { path: 'big.Dockerfile', size: 1, role: 'dockerfile', withheld: 'too large' },
  ],
  omitted: [],
};

function read(file: string, withBundle = true): string {
  const dir = folder();
  const markdown = `::::walkthrough{file="${file}"}\n:::step[Base]{lines="1"}\nWhy.\n:::\n::::\n`;
  const vfile = new VFile({ value: markdown, path: join(dir, 'app', 'DOCKER.md'),
    data: { astro: { frontmatter: { shipshape: { kind: 'writeup', lineOffset: 0,
      ...(withBundle ? { bundle } : {}) } } } } });
  const tree = unified().use(remarkParse).use(remarkDirective).parse(vfile) as Root;
  const processed = unified().use(remarkDirective).runSync(tree, vfile) as Root;
  const directive = processed.children[0] as ContainerDirective;
  return readWalkthroughDirective(directive, vfile).source;
}

describe('an authored walkthrough in a write-up folder', () => {
  it('takes file= from the handed-over files, not from disk', () => {
    expect(read('Dockerfile')).toBe(HANDED);
    expect(read('./sub/../Dockerfile')).toBe(HANDED);
  });

  it('reads from disk without a hand-off, or for a file the hand-off withholds', () => {
    expect(read('Dockerfile', false)).toBe(ON_DISK);
    expect(read('big.Dockerfile')).toBe(ON_DISK);
  });

  it('checks any other path as before, on disk', () => {
    expect(() => read('sub/Dockerfile')).toThrow(/walkthrough file `sub\/Dockerfile` not found/);
    expect(() => read('../elsewhere/Dockerfile')).toThrow(/points outside the content folder/);
    expect(() => read('/etc/hostname')).toThrow(/walkthrough file `\/etc\/hostname`/);
  });
});
