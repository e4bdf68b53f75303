/**
 * Tests for the analyse stage, walkthroughs from prose: inferProse on the write-ups of
 * tests/fixtures/walkthrough/prose/ (each with `expected.json`: the steps, the verdict on each
 * practice a step claims, and the claims the file does not bear out, by write-up line).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferProse } from '../../../../src/walkthrough/infer/prose/infer-prose.ts';
import {
  prepareDockerfile, type DockerignoreState,
} from '../../../../src/walkthrough/infer/prose/practice-lines.ts';
import {
  caseNames, parseMarkdown, proseDir, readCase, type ProseCase,
} from './read-fixture.ts';

interface Expected {
  why: string;
  result: {
    steps: Array<{ id: string; title: string; lines: number[]; items?: number;
      practices: Record<string, string> }>;
    disagreements: Array<[string, number]>;
  } | null;
}

function stateOf(c: ProseCase): DockerignoreState {
  if (c.dockerignore !== undefined) return { kind: 'file', text: c.dockerignore };
  return c.block ? { kind: 'unknown' } : { kind: 'none' };
}

function summary(c: ProseCase): Expected['result'] {
  const result = inferProse(c.tree, prepareDockerfile(c.dockerfile, stateOf(c)), c.block);
  if (result === undefined) return null;
  return {
    steps: result.steps.map((s) => ({
      id: s.id, title: s.title, lines: s.lines,
      ...(s.items ? { items: s.items.length } : {}),
      practices: Object.fromEntries(s.claims.map((c) => [c.practice, c.placement.verdict])),
    })),
    disagreements: result.disagreements.map((d) => [d.practice, d.line]),
  };
}

const cases = caseNames().map((name) => ({
  name,
  expected: JSON.parse(readFileSync(join(proseDir, name, 'expected.json'), 'utf8')) as Expected,
}));

describe('inferProse fixtures', () => {
  it('has a case for each situation the design names', () => {
    expect(cases.map((c) => c.name)).toEqual(expect.arrayContaining([
      'bullets-beside-file', 'contradicts-its-file', 'whole-file-in-a-block',
      'turned-down-or-hedged', 'about-another-image', 'too-little-to-walk',
    ]));
  });

  for (const { name, expected } of cases) {
    it(`${name}: ${expected.why}`, () => {
      expect(summary(readCase(name))).toEqual(expected.result);
    });
  }
});

describe('inferProse, where a claim is', () => {
  it('is the line of its sentence, not of its paragraph\'s first line', () => {
    const markdown = [
      '# The app', '', '## Image', '',
      'The image is small and quick to build.', 'It is based on **Debian** slim.',
      'Its base is pinned to `python:3.12-slim`, so rebuilds agree.', '',
      '## Users', '', 'The app runs as a non-root user.', '',
    ].join('\n');
    const whole = prepareDockerfile('FROM python:latest\nCMD ["python"]\n', { kind: 'none' });
    const result = inferProse(parseMarkdown(markdown), whole);
    expect(result?.disagreements.map((d) => [d.practice, d.line])).toEqual([
      ['pinned-base', 7], ['non-root', 11],
    ]);
  });
});
