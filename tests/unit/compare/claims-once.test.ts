/**
 * `::write-up-claims` is costly (every write-up repaired and read): the claims are computed once
 * per build, by content digest, and a page that repeats a comparison directive shows it once,
 * with a warning for each repeat — 300 repeats cost next to nothing.
 */
import type { Root } from 'hast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeCompare } from '../../../src/compare/rehype-compare.ts';
import { readDataset } from '../../../src/compare/load-dataset.ts';
import { readWriteupClaims, type ClaimsCache } from '../../../src/compare/write-up-claims.ts';

const placeholder = () => ({ type: 'element' as const, tagName: 'div',
  properties: { dataShipshape: 'write-up-claims' }, children: [],
  position: { start: { line: 3, column: 1 }, end: { line: 3, column: 20 } } });

describe('write-up claims', { timeout: 30_000 }, () => {
  it('are read once per write-up for any number of reads', () => {
    const dataset = readDataset();
    const cache: ClaimsCache = new Map();
    const first = readWriteupClaims('content/writeups', dataset, process.cwd(), cache);
    const size = cache.size;
    for (let i = 0; i < 50; i++) {
      readWriteupClaims('content/writeups', dataset, process.cwd(), cache);
    }
    expect(cache.size).toBe(size);
    expect(readWriteupClaims('content/writeups', dataset, process.cwd(), cache)).toEqual(first);
  });

  it('are drawn once per page; 300 repeats become notes with warnings', async () => {
    const tree: Root = { type: 'root', children: Array.from({ length: 300 }, placeholder) };
    const file = new VFile({ path: 'content/pages/compare.md' });
    await unified().use(rehypeCompare).run(tree, file);
    const warnings = file.messages.filter((m) => m.ruleId === 'compare-repeat');
    expect(warnings).toHaveLength(299);
    expect(warnings[0]?.reason).toBe('`::write-up-claims` is repeated on this page; it is shown ' +
      'once, where it first appears (remove the repeat)');
    expect(warnings[0]?.line).toBe(3);
    const notes = tree.children.filter((node) => node.type === 'element' && node.tagName === 'p');
    expect(notes).toHaveLength(299);
    // Drawn once: one node left that is not a note (speed goes in the bench, not in tests).
    expect(tree.children.length - notes.length).toBe(1);
  });
});
