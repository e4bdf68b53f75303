/** Write-ups with the same title are told apart (src/loaders/distinguish-titles.ts). */
import { describe, expect, it } from 'vitest';
import { distinctTitles, writeupName } from '../../../src/loaders/distinguish-titles.ts';

describe('same titles', () => {
  it('names a write-up by its file, or by its folder when it is a folder write-up', () => {
    expect(writeupName('content/writeups/alice.md')).toBe('alice');
    expect(writeupName('content/writeups/app_python/DOCKER.md')).toBe('app_python');
    expect(writeupName('submissions/Bob/README.md')).toBe('Bob');
    expect(writeupName('content/writeups/carol/notes.md')).toBe('notes');
  });

  it('adds the name to every title another write-up has too, case aside', () => {
    const renamed = distinctTitles([
      { id: 'writeups/a', title: 'Docker Best Practices', filePath: 'content/writeups/a.md' },
      { id: 'writeups/b', title: 'docker best practices', filePath: 'content/writeups/B.md' },
      { id: 'writeups/c', title: 'My lab', filePath: 'content/writeups/c.md' },
    ]);
    expect(Object.fromEntries(renamed)).toEqual({
      'writeups/a': 'Docker Best Practices (a)',
      'writeups/b': 'docker best practices (B)',
    });
  });

  it('uses the path when the names are the same too', () => {
    const renamed = distinctTitles([
      { id: 'writeups/x/readme', title: 'Lab', filePath: 'content/writeups/x/README.md' },
      { id: 'writeups/y/x', title: 'Lab', filePath: 'content/writeups/y/x.md' },
    ]);
    expect([...renamed.values()]).toEqual(['Lab (x/README)', 'Lab (y/x)']);
  });
});
