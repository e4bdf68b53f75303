/**
 * Tests for walkthroughs from prose, practice-lines.ts: for each practice, the lines of a whole
 * Dockerfile that carry it when the file follows it, and the verdict and deciding line when the
 * file says otherwise (the claim it would contradict).
 */
import { describe, expect, it } from 'vitest';
import type { ClaimedPractice } from '../../../../src/walkthrough/infer/prose/claim-words.ts';
import {
  placePractice, prepareDockerfile, type DockerignoreState,
} from '../../../../src/walkthrough/infer/prose/practice-lines.ts';

const GOOD = [
  'ARG PY=3.12', //                                                      1
  'FROM python:${PY}-slim AS build', //                                  2
  'RUN pip wheel --no-cache-dir -r /dev/null -w /wheels', //             3
  'FROM python:3.12-slim', //                                            4
  'WORKDIR /app', //                                                     5
  'RUN useradd --system --uid 10001 app', //                             6
  'COPY requirements.txt .', //                                          7
  'RUN pip install --no-cache-dir -r requirements.txt', //               8
  'COPY --from=build /wheels /wheels', //                                9
  'COPY . .', //                                                         10
  'USER app', //                                                         11
  'HEALTHCHECK CMD python -c "print(1)"', //                             12
  'CMD ["python", "app.py"]', //                                         13
].join('\n');

const BAD = [
  'FROM python', //                                                      1
  'WORKDIR /app', //                                                     2
  'COPY . .', //                                                         3
  'RUN pip install -r requirements.txt', //                              4
  'CMD python app.py', //                                                5
].join('\n');

const IGNORE: DockerignoreState = { kind: 'file', text: '.git\n.env\n__pycache__/\n' };

const FOLLOWED: ReadonlyArray<[ClaimedPractice, number[]]> = [
  ['non-root', [6, 11]],
  ['pinned-base', [1, 2, 4]],
  ['dependency-layer', [7, 8]],
  ['no-pip-cache', [8]],
  ['dockerignore', [10]],
  ['multi-stage', [2, 4, 9]],
  ['healthcheck', [12]],
  ['exec-form', [13]],
];

const CONTRADICTED: ReadonlyArray<[ClaimedPractice, RegExp, number | undefined]> = [
  ['non-root', /no USER instruction/, 1],
  ['pinned-base', /no tag/, 1],
  ['dependency-layer', /SS002|after|before/i, 4],
  ['no-pip-cache', /--no-cache-dir/, 4],
  ['dockerignore', /no `\.dockerignore` beside/, undefined],
  ['multi-stage', /single stage/, 1],
  ['healthcheck', /HEALTHCHECK/, 1],
  ['exec-form', /JSON|exec/i, 5],
];

describe('placePractice on a file that follows every practice', () => {
  const whole = prepareDockerfile(GOOD, IGNORE);
  for (const [practice, lines] of FOLLOWED) {
    it(`${practice}: lines ${lines.join(', ')}, borne out`, () => {
      const placed = placePractice(whole, practice);
      expect(placed.verdict).toBe('yes');
      expect(placed.lines).toEqual(lines);
    });
  }
});

describe('placePractice on a file that follows none', () => {
  const whole = prepareDockerfile(BAD, { kind: 'none' });
  for (const [practice, note, line] of CONTRADICTED) {
    it(`${practice}: contradicted, decided at line ${String(line)}`, () => {
      const placed = placePractice(whole, practice);
      expect(placed.verdict).toBe('no');
      expect(placed.note).toMatch(note);
      expect(placed.line).toBe(line);
      if (line !== undefined) expect(placed.lines).toContain(line);
    });
  }
});

describe('placePractice, open questions', () => {
  it('leaves the .dockerignore open when the folder is not known', () => {
    const placed = placePractice(prepareDockerfile(BAD, { kind: 'unknown' }), 'dockerignore');
    expect(placed).toMatchObject({ verdict: 'unknown', lines: [3] });
  });

  it('bears out npm ci after package*.json and before the source, as pip\'s requirements', () => {
    const source = 'FROM node:22-alpine\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\n' +
      'CMD ["node", "s.js"]';
    const placed = placePractice(prepareDockerfile(source, { kind: 'unknown' }),
      'dependency-layer');
    expect(placed).toMatchObject({ verdict: 'yes', lines: [2, 3], line: 3 });
  });

  it('refuses npm install after the whole source, at the install', () => {
    const source = 'FROM node:22-alpine\nCOPY . .\nRUN npm install\nCMD ["node", "s.js"]';
    const placed = placePractice(prepareDockerfile(source, { kind: 'unknown' }),
      'dependency-layer');
    expect(placed).toMatchObject({ verdict: 'no', line: 3 });
  });

  it('bears out yarn and go mod download the same way', () => {
    for (const [base, manifest, install] of [['node:22', 'package.json yarn.lock', 'yarn install'],
      ['golang:1.23', 'go.mod go.sum', 'go mod download']]) {
      const source = `FROM ${base}\nCOPY ${manifest} ./\nRUN ${install}\nCOPY . .\nCMD ["x"]`;
      expect(placePractice(prepareDockerfile(source, { kind: 'unknown' }), 'dependency-layer')
        .verdict).toBe('yes');
    }
  });
});
