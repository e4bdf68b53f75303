import { describe, expect, it } from 'vitest';
import { checkBuildContext } from '../../../src/examples/build-context.ts';
import { isIgnored, parseDockerignore } from '../../../src/examples/dockerignore.ts';

function ignored(dockerignore: string, paths: string[]): string[] {
  const patterns = parseDockerignore(dockerignore);
  return paths.filter((path) => isIgnored(patterns, path));
}

describe('.dockerignore matching (Docker\'s rules)', () => {
  const paths = ['__pycache__/a.pyc', 'pkg/__pycache__/b.pyc', 'app.py', 'tests/test_app.py',
    'docs/a.md', 'README.md', 'venv/bin/python'];

  it('matches a plain name at the root only, and everything under a matched folder', () => {
    expect(ignored('__pycache__\nvenv', paths)).toEqual(['__pycache__/a.pyc', 'venv/bin/python']);
  });

  it('matches ** across any number of folders, zero included', () => {
    expect(ignored('**/__pycache__', paths)).toEqual(['__pycache__/a.pyc',
      'pkg/__pycache__/b.pyc']);
    expect(ignored('**/*.pyc', paths)).toEqual(['__pycache__/a.pyc', 'pkg/__pycache__/b.pyc']);
  });

  it('keeps * inside one folder', () => {
    expect(ignored('*.pyc', paths)).toEqual([]);
    expect(ignored('*/*.pyc', paths)).toEqual(['__pycache__/a.pyc']);
  });

  it('lets the last matching line decide, with ! exceptions', () => {
    expect(ignored('*.md\n!README.md', paths)).toEqual([]);
    expect(ignored('**/*.md\n!README.md', paths)).toEqual(['docs/a.md']);
    expect(ignored('!README.md\n*.md', paths)).toEqual(['README.md']);
  });

  it('cleans patterns: leading slash, ./, comments and blank lines', () => {
    expect(ignored('# tests\n\n/tests\n./docs/', paths)).toEqual(['tests/test_app.py',
      'docs/a.md']);
    expect(ignored('  app.py  ', paths)).toEqual(['app.py']);
  });

  it('supports ? and character classes', () => {
    expect(ignored('app.p?', paths)).toEqual(['app.py']);
    expect(ignored('[a-c]pp.py', paths)).toEqual(['app.py']);
  });
});

describe('checkBuildContext', () => {
  it('lists what is sent and flags tests, caches and venvs that get through', () => {
    const files = ['app.py', 'requirements.txt', 'tests/test_app.py', '.venv/pyvenv.cfg'];
    const check = checkBuildContext(files, 'tests\n');
    expect(check.sent).toEqual(['app.py', 'requirements.txt', '.venv/pyvenv.cfg']);
    expect(check.leaks).toEqual([{ path: '.venv/pyvenv.cfg', kind: 'virtualenv' }]);
    expect(check.unguarded.map((probe) => probe.kind)).toContain('cache');
  });

  it('sends everything without a .dockerignore', () => {
    const check = checkBuildContext(['app.py', 'tests/t.py'], undefined);
    expect(check.sent).toEqual(['app.py', 'tests/t.py']);
    expect(check.leaks).toEqual([{ path: 'tests/t.py', kind: 'tests' }]);
  });
});
