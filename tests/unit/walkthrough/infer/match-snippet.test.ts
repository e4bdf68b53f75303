/**
 * Tests for the analyse stage, walkthroughs: matchSnippet finds the lines of a whole Dockerfile
 * a snippet quotes, however loosely. Each case is a folder under
 * tests/fixtures/walkthrough/match/ (snippet.dockerfile, expected.json, and whole.dockerfile when
 * the case is not about the vote-service file); every case must also hold with Windows line
 * endings in the snippet, and in both texts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchSnippet } from '../../../../src/walkthrough/infer/match-snippet.ts';

const fixtures = join(import.meta.dirname, '../../../fixtures/walkthrough');
const matchDir = join(fixtures, 'match');
const voteFinal = readFileSync(join(fixtures, 'vote-final.dockerfile'), 'utf8');

interface Expected {
  why: string;
  lines: number[];
  unmatched: Array<{ offset: number; text: string }>;
}

const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');

const cases = readdirSync(matchDir).sort().map((name) => {
  const dir = join(matchDir, name);
  const wholePath = join(dir, 'whole.dockerfile');
  return {
    name,
    whole: existsSync(wholePath) ? readFileSync(wholePath, 'utf8') : voteFinal,
    snippet: readFileSync(join(dir, 'snippet.dockerfile'), 'utf8'),
    expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected,
  };
});

describe('matchSnippet fixtures', () => {
  it('has the cases the design calls for', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const { name, whole, snippet, expected } of cases) {
    const { why: _why, ...want } = expected;
    it(`${name}: ${expected.why}`, () => {
      expect(matchSnippet(whole, snippet)).toEqual(want);
    });

    it(`${name}, with a CRLF snippet`, () => {
      expect(matchSnippet(whole, crlf(snippet))).toEqual(want);
    });

    it(`${name}, with CRLF everywhere`, () => {
      expect(matchSnippet(crlf(whole), crlf(snippet))).toEqual(want);
    });
  }
});

describe('matchSnippet', () => {
  it('matches a Windows snippet of a continued RUN line by line', () => {
    const snippet = 'RUN adduser \\\r\n    --disabled-password \\\r\n    --gecos "" \\\r\n';
    expect(matchSnippet(voteFinal, snippet).lines).toEqual([7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('reports offsets within the snippet, after blank and comment lines', () => {
    const snippet = '# the worker\n\nWORKDIR /app\nRUN npm ci\n';
    expect(matchSnippet(voteFinal, snippet)).toEqual({
      lines: [4], unmatched: [{ offset: 3, text: 'RUN npm ci' }],
    });
  });

  it('does not take a one-line instruction for a part of itself', () => {
    // `COPY .` shares everything with `COPY . .` but a one-liner is quoted whole or not at all.
    expect(matchSnippet(voteFinal, 'COPY requirements.txt').lines).toEqual([]);
  });

  it('matches nothing in an empty snippet and reports nothing', () => {
    expect(matchSnippet(voteFinal, '\n# only a comment\n')).toEqual({ lines: [], unmatched: [] });
  });
});
