/** Write-up folders: what a file beside a write-up is, by name. */
import { describe, expect, it } from 'vitest';
import { isDockerfileName, languageOf, roleOf } from '../../../src/bundle/file-kinds.ts';

describe('file kinds', () => {
  it('knows Dockerfile, *.Dockerfile and Dockerfile.*', () => {
    for (const name of ['Dockerfile', 'dockerfile', 'distroless.Dockerfile', 'Dockerfile.prod']) {
      expect(isDockerfileName(name), name).toBe(true);
    }
    for (const name of ['Dockerfile-notes.txt', 'README.md', '.dockerignore', 'Dockerfiles']) {
      expect(isDockerfileName(name), name).toBe(false);
    }
    expect(roleOf('.dockerignore')).toBe('dockerignore');
    expect(roleOf('app.py')).toBe('other');
  });

  it('highlights by name', () => {
    expect(languageOf('Dockerfile.dev')).toBe('dockerfile');
    expect(languageOf('.dockerignore')).toBe('sh');
    expect(languageOf('app.PY')).toBe('python');
    expect(languageOf('LICENSE')).toBe('text');
  });
});
