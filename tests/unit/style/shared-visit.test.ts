/**
 * Every tree walk in `src/` goes through src/shared/visit.ts, not unist-util-visit or
 * unist-util-visit-parents directly: the libraries name a function per node walked, 80 % of a
 * walk's time (see that module).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const SHARED = 'src/shared/visit.ts';

describe('tree walks', () => {
  it('import visit and visitParents from src/shared/visit.ts', () => {
    const files = execFileSync('git', ['ls-files', '-z', '--', 'src/*.ts', 'src/*.mjs'],
      { cwd: root, encoding: 'utf8' }).split('\0').filter((file) => file !== '');
    expect(files.length).toBeGreaterThan(100);
    const direct = files.filter((file) => file !== SHARED &&
      /from '(unist-util-visit|unist-util-visit-parents)'/
        .test(readFileSync(join(root, file), 'utf8')));
    expect(direct).toEqual([]);
    const walkers = files.filter((file) => /from '[./]+\/(shared\/)?visit\.ts'/
      .test(readFileSync(join(root, file), 'utf8')));
    expect(walkers.length).toBeGreaterThan(40);
  });
});
