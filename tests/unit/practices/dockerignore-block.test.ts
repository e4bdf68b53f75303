/**
 * Which code blocks show a write-up's `.dockerignore`: the ways the real write-ups introduce
 * theirs, and the blocks near them that are something else.
 */
import { describe, expect, it } from 'vitest';
import {
  dockerignoreOf, type IgnoreBlockContext,
} from '../../../src/practices/dockerignore-block.ts';

const block = (over: Partial<IgnoreBlockContext>): IgnoreBlockContext => ({
  heading: 'Build', intro: '', source: '.git\n__pycache__/\n', title: undefined, lang: '', ...over,
});

describe('dockerignoreOf', () => {
  it('reads Lab 02\'s block under "1.7 .dockerignore File" ("Implementation:")', () => {
    expect(dockerignoreOf(block({ heading: '1.7 .dockerignore File', intro: 'Implementation:',
      source: '__pycache__\n*.pyc\nvenv/\n.git\ndocs/\n' }))).toEqual({
      excludes: ['__pycache__', '*.pyc', 'venv/', '.git', 'docs/'],
      how: 'under a heading naming the `.dockerignore`',
    });
  });

  it('reads the Flask write-up\'s block introduced as the file, fenced as dockerfile', () => {
    expect(dockerignoreOf(block({ lang: 'dockerfile', heading: '5. Excluding Unnecessary Files',
      intro: 'Added a .dockerignore file to exclude irrelevant files like __pycache__, .vscode, ' +
        'and logs:', source: '__pycache__/\n*.pyc\n' }))?.how)
      .toBe('introduced as the `.dockerignore`');
  });

  it('reads a block titled or labelled as the file', () => {
    expect(dockerignoreOf(block({ title: '.dockerignore' }))?.how).toBe('titled `.dockerignore`');
    expect(dockerignoreOf(block({ title: 'app/.dockerignore' }))?.excludes)
      .toEqual(['.git', '__pycache__/']);
    expect(dockerignoreOf(block({ lang: 'dockerignore' }))?.how)
      .toBe('labelled `dockerignore`');
  });

  it('keeps `!` re-includes out of what is excluded, and comments out of everything', () => {
    expect(dockerignoreOf(block({ title: '.dockerignore',
      source: '# keep it small\n*\n!app.py\n!requirements.txt\n' }))?.excludes).toEqual(['*']);
    expect(dockerignoreOf(block({ title: '.dockerignore', source: '!app.py\n' }))?.excludes)
      .toEqual([]);
  });

  it('does not take Lab 02\'s "With/Without .dockerignore:" build-context listings', () => {
    const heading = '4.4 How .dockerignore Improves Build';
    expect(dockerignoreOf(block({ heading, intro: 'Without .dockerignore:',
      source: 'Build context: 125MB\n  - .git/: 45MB\n' }))).toBeUndefined();
    expect(dockerignoreOf(block({ heading, intro: 'With .dockerignore:',
      source: 'Build context: 5MB\n  - app.py: 5KB\n' }))).toBeUndefined();
    // Even if the listing read as patterns, "without" says it is not the file.
    expect(dockerignoreOf(block({ heading, intro: 'Without .dockerignore:' }))).toBeUndefined();
  });

  it('does not take a block that names no .dockerignore, or a .gitignore', () => {
    expect(dockerignoreOf(block({}))).toBeUndefined();
    expect(dockerignoreOf(block({ title: '.gitignore' }))).toBeUndefined();
    expect(dockerignoreOf(block({ intro: 'The .gitignore.dockerignore-like file:' })))
      .toBeUndefined();
  });
});
