/**
 * Tests for the render stage, walkthroughs from prose, shown-files.ts: which block of a write-up
 * is its whole Dockerfile (the last complete one that is not a "before" example) and which shows
 * its `.dockerignore`, as remark-walkthroughs hands them to inferProseWalkthrough.
 */
import { describe, expect, it } from 'vitest';
import { shownFiles } from '../../../../src/walkthrough/shown-files.ts';
import { parseMarkdown } from './read-fixture.ts';

const fence = (lang: string, body: string, meta = '') =>
  ['```' + lang + (meta ? ` ${meta}` : ''), body, '```'].join('\n');

describe('shownFiles', () => {
  it('takes the last complete Dockerfile, not a snippet or a "first attempt"', () => {
    const markdown = [
      '# App', '', 'My first attempt:', '', fence('dockerfile', 'FROM python\nCMD ["x"]'), '',
      '## Final', '', fence('Dockerfile', 'FROM python:3.12-slim\nUSER app\nCMD ["x"]'), '',
      'The user part again:', '', fence('dockerfile', 'USER app'), '',
    ].join('\n');
    expect(shownFiles(parseMarkdown(markdown)).dockerfile?.value)
      .toBe('FROM python:3.12-slim\nUSER app\nCMD ["x"]');
  });

  it('finds nothing when no block is complete', () => {
    const tree = parseMarkdown(`# App\n\n${fence('dockerfile', 'RUN pip install flask')}\n`);
    expect(shownFiles(tree)).toEqual({ dockerfile: undefined, dockerignore: undefined });
  });

  it('reads the .dockerignore a block shows, by its title or the sentence before it', () => {
    const titled = parseMarkdown(fence('text', '.git\n.env', 'title=".dockerignore"'));
    expect(shownFiles(titled).dockerignore).toBe('.git\n.env');
    const introduced = parseMarkdown(`My \`.dockerignore\`:\n\n${fence('', '.git\n*.pyc')}\n`);
    expect(shownFiles(introduced).dockerignore).toBe('.git\n*.pyc');
    const without = parseMarkdown(`Without a .dockerignore:\n\n${fence('', 'Context: 90MB')}\n`);
    expect(shownFiles(without).dockerignore).toBeUndefined();
  });
});
