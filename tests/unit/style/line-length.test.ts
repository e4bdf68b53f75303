/**
 * Style guide: no line of a tracked source file (`.ts`, `.mjs`, `.astro`, `.css`) is longer than
 * 100 columns. The files are the ones git tracks, so generated files outside git (`dist/`,
 * `.astro/`) are not read; generated files in git (the rule index) are, and their generators wrap.
 * Columns are counted in code points, so `é` or `🐳` is one column, not its UTF-8 bytes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const MAX_COLUMNS = 100;
const PATTERNS = ['*.ts', '*.mjs', '*.astro', '*.css'];

function trackedFiles(): string[] {
  const listing = execFileSync('git', ['ls-files', '-z', '--', ...PATTERNS], {
    cwd: root,
    encoding: 'utf8',
  });
  return listing.split('\0').filter((file) => file !== '');
}

function columns(line: string): number {
  return [...line].length;
}

describe('line length', () => {
  it(`keeps every line of tracked source files within ${MAX_COLUMNS} columns`, () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(0);
    const tooLong: string[] = [];
    for (const file of files) {
      // A tracked file deleted in the working tree (not yet committed) has no lines to check.
      if (!existsSync(join(root, file))) continue;
      const lines = readFileSync(join(root, file), 'utf8').split(/\r?\n/);
      lines.forEach((line, index) => {
        const width = columns(line);
        if (width > MAX_COLUMNS) tooLong.push(`${file}:${index + 1} (${width} columns)`);
      });
    }
    expect(tooLong, `lines over ${MAX_COLUMNS} columns:\n${tooLong.join('\n')}`).toEqual([]);
  });
});
