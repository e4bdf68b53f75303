/**
 * Tests for walkthroughs from prose, typo-tolerance.ts: one Damerau edit away from a keyword, in
 * a word of six letters or more, is read as the keyword; nothing else changes.
 */
import { describe, expect, it } from 'vitest';
import {
  correctTypos, withinOneEdit,
} from '../../../../src/walkthrough/infer/prose/typo-tolerance.ts';

describe('withinOneEdit', () => {
  it('allows one letter changed, added, dropped, or two neighbours swapped', () => {
    expect(withinOneEdit('dockerignire', 'dockerignore')).toBe(true);
    expect(withinOneEdit('mutli-stage', 'multi-stage')).toBe(true);
    expect(withinOneEdit('rootles', 'rootless')).toBe(true);
    expect(withinOneEdit('healthchek', 'healthcheck')).toBe(true);
  });

  it('refuses two edits', () => {
    expect(withinOneEdit('dokerignire', 'dockerignore')).toBe(false);
    expect(withinOneEdit('mlutisatge', 'multistage')).toBe(false);
    expect(withinOneEdit('root', 'rootless')).toBe(false);
  });
});

describe('correctTypos', () => {
  const keywords = ['dockerignore', 'multi-stage', 'rootless'];

  it('reads a near miss as the keyword, whole or in a hyphenated word', () => {
    expect(correctTypos('Added a .dockerignire file', keywords))
      .toBe('Added a .dockerignore file');
    expect(correctTypos('Used a mutli-stage build', keywords)).toBe('Used a multi-stage build');
    expect(correctTypos('a dockerignire-style list', keywords))
      .toBe('a dockerignore-style list');
  });

  it('leaves short words and other words alone', () => {
    // "roots" is one edit from nothing here; five letters or fewer are never corrected.
    expect(correctTypos('stage roots rootles', ['stages', 'root', 'rootless']))
      .toBe('stage roots rootless');
    expect(correctTypos('The docker image builds', keywords)).toBe('The docker image builds');
  });
});
