/**
 * Tests for the analyse stage, walkthroughs from prose: inferProse on the write-ups of
 * tests/fixtures/walkthrough/prose/ (each with `expected.json`: the steps, the verdict on each
 * practice a step claims, and the claims the file does not bear out, by write-up line).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeDisagreement, inferProse,
} from '../../../../src/walkthrough/infer/prose/infer-prose.ts';
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
      from?: 'dockerfile'; practices: Record<string, string> }>;
    disagreements: Array<[string, number]>;
  } | null;
}

function stateOf(c: ProseCase): DockerignoreState {
  if (c.dockerignore !== undefined) return { kind: 'file', text: c.dockerignore };
  return c.block ? { kind: 'unknown' } : { kind: 'none' };
}

function summary(c: ProseCase): Expected['result'] {
  // A folder's own Dockerfile (beside `input.md`) gives steps of its own when the text is short,
  // as in the build.
  const result = inferProse(c.tree, prepareDockerfile(c.dockerfile, stateOf(c)), c.block,
    { fromFile: c.block === undefined });
  if (result === undefined) return null;
  return {
    steps: result.steps.map((s) => ({
      id: s.id, title: s.title, lines: s.lines,
      ...(s.items ? { items: s.items.length } : {}),
      ...(s.fromFile ? { from: 'dockerfile' } : {}),
      // A claim against the practice ("the latest Python image") says so before the verdict.
      practices: Object.fromEntries(s.claims.map((c) => [c.practice,
        `${c.against === true ? 'against: ' : ''}${c.placement.verdict}`])),
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
      'advice-list-beside-file', 'one-practice-and-the-file', 'used-list-is-claimed',
      'says-unpinned-file-pins', 'says-unpinned-file-floats', 'bold-labels', 'short-done-items',
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
    // The sentence on line 7 names `python:3.12-slim`, the file uses `python:latest`: both the
    // base it names and the pinning it claims disagree with the file.
    expect(result?.disagreements.map((d) => [d.practice, d.line])).toEqual([
      ['base-image', 7], ['pinned-base', 7], ['non-root', 11],
    ]);
  });
});

describe('inferProse, the base image a sentence names', () => {
  const file = 'ARG PY=3.12\nFROM python:${PY}-slim-bookworm\nUSER app\nCMD ["python"]\n';
  const run = (sentence: string) => inferProse(parseMarkdown([
    '# App', '', '## Base', '', sentence, '', '## User', '', 'The app runs as a non-root user.',
  ].join('\n')), prepareDockerfile(file, { kind: 'none' }));

  it('agrees when it names the file\'s own (after ARG defaults)', () => {
    const result = run('Used `python:3.12-slim-bookworm` as a small base.');
    expect(result?.disagreements).toEqual([]);
    expect(result?.steps[0]?.lines).toEqual([2]);
  });

  it('disagrees when it names another, and says which the file uses', () => {
    const result = run('Used `python:3.9-alpine3.15` for a lightweight base.');
    expect(result?.disagreements.map((d) => [d.practice, d.image, d.line, d.placement.line]))
      .toEqual([['base-image', 'python:3.9-alpine3.15', 5, 2]]);
    expect(describeDisagreement(result!.disagreements[0]!, (n) => `Dockerfile:${n}`)).toBe(
      'The write-up says the image is based on `python:3.9-alpine3.15`, but its Dockerfile ' +
      'does not bear this out (Dockerfile:2): its `FROM` uses `python:3.12-slim-bookworm`.');
  });

  it('says nothing of an image the app uses that is not its base, or a denied one', () => {
    // Undefined: the sentence made no step, and the user section alone is too little.
    expect(run('The app uses `redis:7.2` as its cache, reached over the network.'))
      .toBeUndefined();
    expect(run('Instead of `python:3.9-alpine3.15` as the base, a Debian slim image.'))
      .toBeUndefined();
  });
});

describe('inferProse, a list item that claims no practice', () => {
  it('is titled by its own first words when it names lines in code', () => {
    const tree = parseMarkdown([
      '- `FROM python:${PY}-slim` takes the Python version from a build argument',
      '- Created a separate user `clock`, so the server is not running as root.',
      '- Copied `requirements.txt` first, so the dependency layer stays cached.',
    ].join('\n'));
    const whole = prepareDockerfile('ARG PY=3.12.4\nFROM python:${PY}-slim\n' +
      'RUN useradd clock\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n' +
      'COPY . .\nUSER clock\n', { kind: 'none' });
    expect(inferProse(tree, whole)?.steps.map((s) => [s.title, s.lines])).toEqual([
      // Cut at a word within 60 characters.
      ['FROM python:${PY}-slim takes the Python version from a…', [2]],
      ['Runs as a non-root user', [3, 7]], ['Dependencies before code', [4, 5]],
    ]);
  });
});

describe('inferProse, the anchors of steps without a heading of their own', () => {
  it('are their practices\' names, never the id of a section\'s step', () => {
    // The lead's item claims the practice a section named after it explains in other words
    // (on other lines): both are steps, and the lead's cannot take the section's anchor.
    const tree = parseMarkdown([
      '- Pinned `python:3.12.4-slim` as the base, so rebuilds agree.',
      '- Made a separate user `web` so the server is not running as root.',
      '', '## pinned-base', '',
      'The helper stage is pinned to `alpine:3.20` as well; it runs `RUN echo hi > /hi` once.',
    ].join('\n'));
    const whole = prepareDockerfile('FROM alpine:3.20 AS helper\nRUN echo hi > /hi\n' +
      'FROM python:3.12.4-slim\nCOPY --from=helper /hi /hi\nRUN useradd web\nUSER web\n',
    { kind: 'none' });
    const ids = inferProse(tree, whole)?.steps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids?.length);
    expect(ids).toContain('non-root');
    expect(ids?.filter((id) => id.startsWith('pinned-base'))).toHaveLength(2);
  });
});
