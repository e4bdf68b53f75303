/**
 * Tests for the analyse stage, walkthroughs: inferWalkthrough on write-ups. Each case under
 * tests/fixtures/walkthrough/infer/ is a Markdown write-up (input.md, read into sections the way
 * the production caller does) and the walkthrough it must give (expected.json; `result: null`
 * when there is none); every case must also hold with Windows line endings. The real write-ups
 * in content/writeups are checked too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferWalkthrough } from '../../../../src/walkthrough/infer/infer-walkthrough.ts';
import type {
  InferredStep, InferredWalkthrough, SectionInput, UnmatchedSnippet,
} from '../../../../src/walkthrough/infer/types.ts';
import { sectionsFromMarkdown, unwrapMarkdownFence } from './sections-from-markdown.ts';

const root = join(import.meta.dirname, '../../../..');
const inferDir = join(root, 'tests/fixtures/walkthrough/infer');

interface Expected {
  why: string;
  result: {
    whole: string;
    steps: InferredStep[];
    unmatched: UnmatchedSnippet[];
    uncovered: number[];
  } | null;
}

/** The result with the whole block named by id: fixtures need not repeat the file. */
function summary(result: InferredWalkthrough | undefined): Expected['result'] {
  return result === undefined ? null : { ...result, whole: result.whole.id };
}

const cases = readdirSync(inferDir).sort().map((name) => ({
  name,
  markdown: readFileSync(join(inferDir, name, 'input.md'), 'utf8'),
  expected: JSON.parse(readFileSync(join(inferDir, name, 'expected.json'), 'utf8')) as Expected,
}));

describe('inferWalkthrough fixtures', () => {
  it('has the cases the design calls for', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const { name, markdown, expected } of cases) {
    it(`${name}: ${expected.why}`, () => {
      expect(summary(inferWalkthrough(sectionsFromMarkdown(markdown)))).toEqual(expected.result);
    });

    it(`${name}, with CRLF line endings`, () => {
      const windows = markdown.replace(/\r?\n/g, '\r\n');
      expect(summary(inferWalkthrough(sectionsFromMarkdown(windows)))).toEqual(expected.result);
    });
  }
});

describe('inferWalkthrough', () => {
  it('gives nothing for no sections', () => {
    expect(inferWalkthrough([])).toBeUndefined();
  });

  it('reads a CRLF snippet against an LF whole file', () => {
    const block = (id: string, source: string, line: number): SectionInput['blocks'][number] =>
      ({ id, lang: 'dockerfile', source, line });
    const section = (id: string, blocks: SectionInput['blocks']): SectionInput =>
      ({ id, title: id, depth: 2, line: 1, blocks, inlineCode: [] });
    const result = inferWalkthrough([
      section('user', [block('a', 'RUN adduser \\\r\n  --disabled-password \\\r\n  app\r\n', 3)]),
      section('base', [block('b', 'FROM alpine:3.20\r\nWORKDIR /app\r\n', 9)]),
      section('final', [block('c', [
        'FROM alpine:3.20', 'WORKDIR /app', 'RUN adduser \\', '  --disabled-password \\',
        '  --no-create-home \\', '  app', 'USER app', 'CMD ["sh"]',
      ].join('\n'), 20)]),
    ]);
    expect(result?.steps.map((s) => [s.sectionId, s.lines])).toEqual([
      ['user', [3, 4, 5, 6]], ['base', [1, 2]],
    ]);
    expect(result?.uncovered).toEqual([7, 8]);
  });
});

describe('the vote-service write-up', () => {
  const path = join(root, 'content/writeups/containerizing-the-vote-service.md');
  // The write-up is wrapped in a ```markdown fence (lines 3 and 193) the pipeline removes.
  const sections = sectionsFromMarkdown(unwrapMarkdownFence(readFileSync(path, 'utf8'), 3, 193));
  const result = inferWalkthrough(sections);

  it('takes the Final Dockerfile as the whole file', () => {
    expect(result?.whole.line).toBe(156);
    expect(result?.whole.source.split('\n')).toHaveLength(24);
    expect(sections.find((s) => s.blocks.includes(result!.whole))?.title)
      .toBe('✅ Final Dockerfile');
  });

  it('makes a step of every snippet section, and one of the section naming python:alpine', () => {
    expect(result?.steps).toEqual([
      { sectionId: 'why-alpine-over-slim', title: '✅ Why Alpine over Slim?',
        lines: [2], via: 'mention' },
      { sectionId: 'python-version-why-latest', title: '🐍 Python Version — Why Latest?',
        lines: [1, 2], via: 'snippet' },
      { sectionId: 'working-directory-app', title: '🗂️ Working Directory — /app',
        lines: [4], via: 'snippet' },
      { sectionId: 'non-root-user-meet-appuser', title: '👤 Non-root User — Meet appuser',
        lines: [6, 7, 8, 9, 10, 11, 12, 13, 14], via: 'snippet', declarations: [6] },
      { sectionId: 'installing-dependencies-with-cache-in-mind',
        title: '🧾 Installing Dependencies — With Cache in Mind', lines: [16, 17],
        via: 'snippet' },
      { sectionId: 'copying-code', title: '📦 Copying Code', lines: [19], via: 'snippet' },
      { sectionId: 'switching-to-non-root-before-runtime',
        title: '👇 Switching to Non-root Before Runtime', lines: [21], via: 'snippet' },
      { sectionId: 'entrypoint-vs-cmd-flexibility-first',
        title: '🚀 Entrypoint vs CMD — Flexibility First', lines: [23, 24], via: 'snippet' },
    ]);
  });

  it('covers every non-blank line of the whole file', () => {
    const source = result?.whole.source ?? '';
    const content = source.split('\n').flatMap((text, i) => (text.trim() === '' ? [] : [i + 1]));
    const covered = new Set(result?.steps.flatMap((s) => s.lines));
    expect(content).toHaveLength(18);
    expect(content.filter((line) => !covered.has(line))).toEqual([]);
    expect(result?.uncovered).toEqual([]);
  });

  it('reports no mismatch: the basic version in the introduction is not a snippet', () => {
    expect(result?.unmatched).toEqual([]);
  });

  it('does not make steps of the sections after the file or above the snippets', () => {
    const ids = new Set(result?.steps.map((s) => s.sectionId));
    expect(ids.has('in-short')).toBe(false);
    expect(ids.has('containerizing-the-vote-service-from-basic-to-battle-ready')).toBe(false);
    expect(ids.has('multi-stage-build-not-needed')).toBe(false);
  });
});

describe('the other write-ups', () => {
  it('lab-02 has snippets but no whole file: no walkthrough', () => {
    const path = join(root, 'content/writeups/lab-02-docker-containerization.md');
    const sections = sectionsFromMarkdown(readFileSync(path, 'utf8'));
    expect(sections.filter((s) => s.blocks.some((b) => b.lang === 'dockerfile')).length)
      .toBeGreaterThanOrEqual(10);
    expect(inferWalkthrough(sections)).toBeUndefined();
  });

  it.each(['containerization-details', 'docker-implementation-details',
    'dockerization-of-flask-application'])('%s has no whole file', (name) => {
    const text = readFileSync(join(root, 'content/writeups', `${name}.md`), 'utf8');
    expect(inferWalkthrough(sectionsFromMarkdown(text))).toBeUndefined();
  });
});
