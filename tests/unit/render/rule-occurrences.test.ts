/** Rule pages: where a rule fires, named by the file a reader would open. */
import { describe, expect, it } from 'vitest';
import { ruleOccurrences, type PageWithBlocks } from '../../../src/render/rule-occurrences.ts';

const finding = { rule: 'DL3042', related: [], severity: 'warning' as const, line: 3,
  endLine: 3, message: 'pip install without `--no-cache-dir`', url: 'rules/dl3042/' };

function page(id: string, filePath: string, block: { line: number; file?: string }):
  PageWithBlocks {
  return { id, filePath, data: { title: id, dockerfiles: [{ id: 'dockerfile-1', ...block,
    fragment: false, source: '', findings: [finding], suppressed: [] }] } };
}

describe('ruleOccurrences', () => {
  it('names the write-up line, or the line of the Dockerfile beside a folder write-up', () => {
    const found = ruleOccurrences('DL3042', [
      page('writeups/a', 'content/writeups/a.md', { line: 20 }),
      page('writeups/app', 'content/writeups/app/DOCKER.md', { line: 1, file: 'Dockerfile' }),
    ]);
    expect(found.map((o) => [o.href, o.where])).toEqual([
      ['writeups/a/#dockerfile-1', 'content/writeups/a.md:22'],
      ['writeups/app/#dockerfile-1', 'content/writeups/app/Dockerfile:3'],
    ]);
  });
});
