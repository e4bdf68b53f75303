import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFolderSidebarItems } from '../../../src/loaders/entry-ids.ts';
import { hasWalkthrough } from '../../../src/walkthrough/has-walkthrough.ts';

describe('the Walkthroughs sidebar group', () => {
  it('lists every page of the folder, in file-name order, by entry id', () => {
    const root = mkdtempSync(join(tmpdir(), 'wt-sidebar-'));
    try {
      mkdirSync(join(root, 'content/pages/walkthroughs/more'), { recursive: true });
      writeFileSync(join(root, 'content/pages/walkthroughs/b Node.md'), '---\ntitle: B\n---\n');
      writeFileSync(join(root, 'content/pages/walkthroughs/a-go.md'), '---\ntitle: A\n---\n');
      writeFileSync(join(root, 'content/pages/walkthroughs/more/c.md'), '---\ntitle: C\n---\n');
      writeFileSync(join(root, 'content/pages/walkthroughs/notes.txt'), 'not a page');
      writeFileSync(join(root, 'content/pages/index.md'), '---\ntitle: Home\n---\n');
      expect(pageFolderSidebarItems(root, 'content/pages', 'walkthroughs')).toEqual([
        { slug: 'walkthroughs/a-go' },
        { slug: 'walkthroughs/b-Node' },
        { slug: 'walkthroughs/more/c' },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('is empty when the folder does not exist', () => {
    expect(pageFolderSidebarItems(tmpdir(), 'no-such-pages', 'walkthroughs')).toEqual([]);
  });

  it('lists the project’s walkthrough page', () => {
    const root = join(import.meta.dirname, '../../..');
    expect(pageFolderSidebarItems(root, 'content/pages', 'walkthroughs'))
      .toContainEqual({ slug: 'walkthroughs/multi-stage-python' });
  });
});

describe('hasWalkthrough', () => {
  it('finds the section build-node.ts makes, authored or inferred', () => {
    expect(hasWalkthrough('<p>x</p><section class="walkthrough" data-walkthrough="authored" ' +
      'aria-labelledby="walkthrough-1">')).toBe(true);
    expect(hasWalkthrough('<section class="walkthrough" data-walkthrough="inferred">')).toBe(true);
  });

  it('is not fooled by a page that only writes about walkthroughs', () => {
    expect(hasWalkthrough('<p><code>&#x3C;section class="walkthrough" data-walkthrough="x"' +
      '</code></p>')).toBe(false);
    expect(hasWalkthrough(undefined)).toBe(false);
    expect(hasWalkthrough('')).toBe(false);
  });
});
