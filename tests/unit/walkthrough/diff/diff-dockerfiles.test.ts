/**
 * Tests for the analyse stage, walkthroughs: diffDockerfiles on the vote service's typical and
 * final Dockerfiles, identical and unrelated files, continuations, comments, moves and notes.
 */
import { describe, expect, it } from 'vitest';
import {
  diffDockerfiles, type DiffRow,
} from '../../../../src/walkthrough/diff/diff-dockerfiles.ts';
import { VOTE_FINAL, VOTE_TYPICAL } from './vote-service.ts';

type Summary = [string, string | undefined, string | undefined];

/** Kind, before text, after text: enough to read a diff at a glance. */
function summary(rows: readonly DiffRow[]): Summary[] {
  return rows.map((r) => [r.kind, r.before?.text, r.after?.text]);
}

describe('diffDockerfiles on the vote service (typical → final)', () => {
  const rows = diffDockerfiles(VOTE_TYPICAL, VOTE_FINAL);

  it('aligns every logical instruction, in order on both sides', () => {
    expect(summary(rows)).toEqual([
      ['added', undefined, 'ARG PYTHON_VERSION=3.13.3'],
      ['changed', 'FROM python:alpine', 'FROM python:${PYTHON_VERSION}-alpine'],
      ['removed', 'COPY . /app', undefined],
      ['same', 'WORKDIR /app', 'WORKDIR /app'],
      ['added', undefined, 'ARG UID=10001'],
      ['added', undefined, 'RUN adduser --disabled-password --gecos "" --home "/nonexistent" ' +
        '--shell "/sbin/nologin" --no-create-home --uid "${UID}" appuser'],
      ['added', undefined, 'COPY requirements.txt .'],
      ['changed', 'RUN pip install -r requirements.txt',
        'RUN pip install --no-cache-dir -r requirements.txt'],
      ['added', undefined, 'COPY . .'],
      ['added', undefined, 'USER appuser'],
      ['added', undefined, 'ENTRYPOINT ["python3"]'],
      ['changed', 'CMD ["python", "app.py"]', 'CMD ["app.py"]'],
    ]);
    const beforeLines = rows.flatMap((r) => (r.before ? [r.before.line] : []));
    const afterLines = rows.flatMap((r) => (r.after ? [r.after.line] : []));
    expect(beforeLines).toEqual([1, 3, 5, 7, 9]);
    expect(afterLines).toEqual([1, 2, 4, 6, 7, 16, 17, 19, 21, 23, 24]);
  });

  it('keeps the line range of a continued instruction', () => {
    expect(rows[5]?.after).toMatchObject({ line: 7, endLine: 14 });
  });

  it('notes the base image pinned through the global ARG', () => {
    expect(rows[1]?.note).toBe('base image `python:alpine` → `python:${PYTHON_VERSION}-alpine` ' +
      '(pinned through ARG PYTHON_VERSION=3.13.3)');
  });

  it('notes the added pip flag', () => {
    expect(rows[7]?.note).toBe('added `--no-cache-dir`');
  });

  it('reads CMD with the new ENTRYPOINT', () => {
    expect(rows[11]?.note).toBe('exec form kept; `python` → `python3` via ENTRYPOINT');
  });

  it('shows COPY . /app, which moved past WORKDIR and pip, as a move', () => {
    expect(rows[2]?.note).toBe('moved to line 19 as `COPY . .`');
    expect(rows[8]?.note).toBe('moved from line 3 (was `COPY . /app`)');
  });

  it('gives no note to plain additions and same rows', () => {
    for (const index of [0, 3, 4, 5, 6, 9, 10]) expect(rows[index]?.note).toBeUndefined();
  });
});

describe('diffDockerfiles', () => {
  it('finds identical files all same', () => {
    const rows = diffDockerfiles(VOTE_FINAL, VOTE_FINAL);
    expect(rows).toHaveLength(11);
    expect(rows.every((r) => r.kind === 'same' && r.note === undefined)).toBe(true);
    expect(rows.every((r) => r.before?.line === r.after?.line)).toBe(true);
  });

  it('reads keyword case, spacing and exec-form spacing as the same instruction', () => {
    const rows = diffDockerfiles(
      'FROM node:20\nRUN npm ci\nCMD ["node","server.js"]\n',
      'from  node:20\nrun   npm ci\nCMD [ "node", "server.js" ]\n',
    );
    expect(rows.map((r) => r.kind)).toEqual(['same', 'same', 'same']);
    expect(rows[1]?.after?.text).toBe('run npm ci');
  });

  it('keeps spacing inside quotes significant', () => {
    const rows = diffDockerfiles('FROM a\nENV GREETING="hi  there"\n',
      'FROM a\nENV GREETING="hi there"\n');
    expect(rows[1]).toMatchObject({ kind: 'changed',
      note: '`GREETING=hi  there` → `GREETING=hi there`' });
  });

  it('finds completely different files all removed or added', () => {
    const rows = diffDockerfiles(
      'FROM node:20\nRUN npm ci\nCMD ["node", "server.js"]\n',
      'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM scratch\n' +
      'COPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
    );
    expect(rows.map((r) => r.kind)).toEqual(
      ['removed', 'removed', 'removed', 'added', 'added', 'added', 'added', 'added']);
    expect(rows.every((r) => r.note === undefined)).toBe(true);
  });

  it('pairs a single FROM, WORKDIR, USER, CMD or ENTRYPOINT whatever its arguments', () => {
    const rows = diffDockerfiles(
      'FROM node:20\nWORKDIR /src\nUSER node\nENTRYPOINT ["node"]\nCMD ["a.js"]\n',
      'FROM debian:12\nWORKDIR /srv/app\nUSER 1000:1000\nENTRYPOINT ["/bin/app"]\n' +
      'CMD ["--serve"]\n',
    );
    expect(rows.map((r) => r.kind)).toEqual(Array(5).fill('changed'));
    expect(rows.map((r) => r.note)).toEqual([
      'base image `node:20` → `debian:12`',
      '`/src` → `/srv/app`',
      '`node` → `1000:1000`',
      'exec form kept; `node` → `/bin/app`',
      'exec form kept; `node a.js` → `/bin/app --serve` via ENTRYPOINT',
    ]);
  });

  it('joins continuation lines and drops comment lines inside them', () => {
    const before = [
      'FROM debian:12',
      'RUN apt-get update \\',
      '    && apt-get install -y \\',
      '       curl',
      'CMD ["bash"]',
    ].join('\n');
    const after = [
      'FROM debian:12',
      'RUN apt-get update \\',
      '    # git is needed by the build script',
      '    && apt-get install -y --no-install-recommends \\',
      '       curl git \\',
      '    && rm -rf /var/lib/apt/lists/*',
      'CMD ["bash"]',
    ].join('\n');
    const rows = diffDockerfiles(before, after);
    expect(rows.map((r) => r.kind)).toEqual(['same', 'changed', 'same']);
    expect(rows[1]).toEqual({
      kind: 'changed',
      before: { line: 2, endLine: 4,
        text: 'RUN apt-get update && apt-get install -y curl' },
      after: { line: 2, endLine: 6, text: 'RUN apt-get update && apt-get install -y ' +
        '--no-install-recommends curl git && rm -rf /var/lib/apt/lists/*' },
      note: 'added `--no-install-recommends`; added `git && rm -rf /var/lib/apt/lists/*`',
    });
  });

  it('makes no rows of comments and blank lines', () => {
    const before = 'FROM alpine:3.20\nRUN apk add --no-cache curl\nCMD ["sh"]\n';
    const after = '# syntax=docker/dockerfile:1\n\n# A small base\nFROM alpine:3.20\n\n' +
      '# curl for the health check\nRUN apk add --no-cache curl\n\n\n# a shell\nCMD ["sh"]\n';
    const rows = diffDockerfiles(before, after);
    expect(rows.map((r) => [r.kind, r.before?.line, r.after?.line])).toEqual([
      ['same', 1, 4], ['same', 2, 7], ['same', 3, 11],
    ]);
  });

  it('shows an instruction moved unchanged as removed and added, pointing at each other', () => {
    const rows = diffDockerfiles(
      'FROM python:3.13\nCOPY . /app\nWORKDIR /app\nCMD ["python", "app.py"]\n',
      'FROM python:3.13\nWORKDIR /app\nCOPY . /app\nCMD ["python", "app.py"]\n',
    );
    expect(rows.map((r) => [r.kind, r.note])).toEqual([
      ['same', undefined],
      ['removed', 'moved to line 3'],
      ['same', undefined],
      ['added', 'moved from line 2'],
      ['same', undefined],
    ]);
  });

  it('prefers pairing identical instructions when two swap places', () => {
    const rows = diffDockerfiles(
      'FROM python:3.13\nCOPY . /app\nWORKDIR /app\nCMD ["python", "app.py"]\n',
      'FROM python:3.13\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
    );
    expect(rows.map((r) => r.kind)).toEqual(['same', 'removed', 'same', 'added', 'same']);
  });

  it('pairs instructions of one keyword when at least half their words are shared', () => {
    const rows = diffDockerfiles(
      'FROM a\nCOPY requirements.txt /app/\nRUN make\nCMD ["x"]\n',
      'FROM a\nCOPY --chown=app:app requirements.txt /app/\nRUN make test\nCMD ["x"]\n',
    );
    expect(rows.map((r) => [r.kind, r.note])).toEqual([
      ['same', undefined],
      ['changed', 'added `--chown=app:app`'],
      ['changed', 'added `test`'],
      ['same', undefined],
    ]);
    const apart = diffDockerfiles('FROM a\nRUN make\nCMD ["x"]\n',
      'FROM a\nRUN npm ci\nCMD ["x"]\n');
    expect(apart.map((r) => r.kind)).toEqual(['same', 'removed', 'added', 'same']);
  });

  it('notes a change of form, a split command line, a new tag, stage name or platform', () => {
    expect(diffDockerfiles('FROM a\nCMD python app.py\n', 'FROM a\nCMD ["python", "app.py"]\n')[1]
      ?.note).toBe('shell form → exec form');
    expect(diffDockerfiles('FROM a\nCMD ["python", "app.py"]\n',
      'FROM a\nENTRYPOINT ["python"]\nCMD ["app.py"]\n')[2]?.note)
      .toBe('exec form kept; command line unchanged; `python` now via ENTRYPOINT');
    const stages = (first: string) => diffDockerfiles(
      'FROM golang:1.22 AS build\nFROM scratch\nCMD ["/a"]\n',
      `${first}\nFROM scratch\nCMD ["/a"]\n`)[0]?.note;
    expect(stages('FROM golang:1.23 AS build')).toBe('base image `golang:1.22` → `golang:1.23`');
    expect(stages('FROM golang:1.22 AS builder')).toBe('stage name `build` → `builder`');
    expect(stages('FROM --platform=$BUILDPLATFORM golang:1.22 AS build'))
      .toBe('added `--platform=$BUILDPLATFORM`');
  });

  it('says "set" rather than "pinned" when the ARG default is not a version', () => {
    const rows = diffDockerfiles('FROM python:alpine\nCMD ["python"]\n',
      'ARG FLAVOUR=alpine\nFROM python:${FLAVOUR}\nCMD ["python"]\n');
    expect(rows[1]?.note)
      .toBe('base image `python:alpine` → `python:${FLAVOUR}` (set through ARG FLAVOUR=alpine)');
  });

  it('pairs ARG, ENV and LABEL by the names they set', () => {
    const rows = diffDockerfiles('FROM a\nARG UID=1000\nENV PORT=80 MODE=dev\nCMD ["x"]\n',
      'FROM a\nARG UID=10001\nENV PORT=8080 MODE=dev\nCMD ["x"]\n');
    expect(rows.map((r) => [r.kind, r.note])).toEqual([
      ['same', undefined],
      ['changed', '`UID=1000` → `UID=10001`'],
      ['changed', '`PORT=80` → `PORT=8080`'],
      ['same', undefined],
    ]);
  });

  it('notes a changed heredoc body', () => {
    const rows = diffDockerfiles('FROM a\nRUN <<EOF\necho one\nEOF\n',
      'FROM a\nRUN <<EOF\necho two\nEOF\n');
    expect(rows[1]).toMatchObject({ kind: 'changed', note: 'heredoc body changed',
      before: { line: 2, endLine: 4 } });
  });

  it('handles empty input', () => {
    expect(diffDockerfiles('', '')).toEqual([]);
    expect(diffDockerfiles('', 'FROM a\n').map((r) => r.kind)).toEqual(['added']);
  });
});
