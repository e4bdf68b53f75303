/**
 * Tests for the analyse stage, walkthroughs: findVersionPairs pairs a write-up's typical and
 * final Dockerfile blocks, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import {
  findVersionPairs, type CodeBlockInput,
} from '../../../../src/walkthrough/diff/find-versions.ts';
import { VOTE_FINAL, VOTE_TYPICAL } from './vote-service.ts';

let nextLine = 1;
function block(id: string, source: string, lang = 'dockerfile'): CodeBlockInput {
  nextLine += 20;
  return { id, lang, source, line: nextLine };
}

/** The write-up's snippets between the two complete blocks: none has a CMD or ENTRYPOINT. */
const SNIPPETS = [
  block('pin', 'ARG PYTHON_VERSION=3.13.3\nFROM python:${PYTHON_VERSION}-alpine\n'),
  block('workdir', 'WORKDIR /app\n'),
  block('deps', 'COPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n'),
  block('run', 'ENTRYPOINT ["python3"]\nCMD ["app.py"]\n'),
];

const MIDDLE = `ARG PYTHON_VERSION=3.13.3
FROM python:\${PYTHON_VERSION}-alpine
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
`;

const NODE = 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "index.js"]\n';

describe('findVersionPairs', () => {
  it('finds nothing without complete Dockerfile blocks', () => {
    expect(findVersionPairs([])).toEqual([]);
    expect(findVersionPairs(SNIPPETS)).toEqual([]);
  });

  it('finds nothing with one complete block', () => {
    expect(findVersionPairs([block('typical', VOTE_TYPICAL), ...SNIPPETS])).toEqual([]);
  });

  it('pairs the vote service typical and final Dockerfiles', () => {
    const blocks = [block('typical', VOTE_TYPICAL), ...SNIPPETS, block('final', VOTE_FINAL)];
    expect(findVersionPairs(blocks)).toEqual([{ before: 'typical', after: 'final' }]);
  });

  it('pairs the first complete block with the last of three', () => {
    const blocks = [block('typical', VOTE_TYPICAL), block('middle', MIDDLE),
      block('final', VOTE_FINAL)];
    expect(findVersionPairs(blocks)).toEqual([{ before: 'typical', after: 'final' }]);
  });

  it('follows document order, not the order given', () => {
    const typical = { id: 'typical', lang: 'dockerfile', source: VOTE_TYPICAL, line: 10 };
    const final = { id: 'final', lang: 'dockerfile', source: VOTE_FINAL, line: 90 };
    expect(findVersionPairs([final, typical])).toEqual([{ before: 'typical', after: 'final' }]);
  });

  it('does not pair Dockerfiles built on different images', () => {
    expect(findVersionPairs([block('python', VOTE_TYPICAL), block('node', NODE)])).toEqual([]);
  });

  it('skips a later block of another image for the last one that qualifies', () => {
    const blocks = [block('typical', VOTE_TYPICAL), block('final', VOTE_FINAL),
      block('node', NODE)];
    expect(findVersionPairs(blocks)).toEqual([{ before: 'typical', after: 'final' }]);
  });

  it('does not pair two files on one image that share too little', () => {
    const other = 'FROM python:3.13\nRUN pip install poetry\nRUN poetry install\n' +
      'ENV PYTHONUNBUFFERED=1\nEXPOSE 8000\nHEALTHCHECK CMD curl -f http://localhost:8000/\n' +
      'ENTRYPOINT ["poetry", "run"]\nCMD ["uvicorn", "main:app"]\n';
    expect(findVersionPairs([block('typical', VOTE_TYPICAL), block('other', other)]))
      .toEqual([]);
  });

  it('compares the final stage of a multi-stage build, through stage names', () => {
    const single = 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n' +
      'CMD ["/app"]\n';
    const multi = 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\n' +
      'RUN go build -o /app .\nFROM build AS test\nCMD ["/app"]\n';
    expect(findVersionPairs([block('single', single), block('multi', multi)]))
      .toEqual([{ before: 'single', after: 'multi' }]);
    const distroless = 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\n' +
      'RUN go build -o /app .\nFROM gcr.io/distroless/static\nCOPY --from=build /app /app\n' +
      'CMD ["/app"]\n';
    expect(findVersionPairs([block('single', single), block('distroless', distroless)]))
      .toEqual([]);
  });

  it('reads dockerfile, docker and containerfile fences in any case, and nothing else', () => {
    expect(findVersionPairs([block('a', VOTE_TYPICAL, 'Dockerfile'),
      block('b', VOTE_FINAL, 'Containerfile')])).toEqual([{ before: 'a', after: 'b' }]);
    expect(findVersionPairs([block('a', VOTE_TYPICAL, 'DOCKER'),
      block('b', VOTE_FINAL, 'text')])).toEqual([]);
  });

  it('does not count a block with elided lines as complete', () => {
    const elided = `${VOTE_FINAL.replace('USER appuser', '# ...')}`;
    expect(findVersionPairs([block('typical', VOTE_TYPICAL), block('elided', elided)]))
      .toEqual([]);
  });

  it('pairs two images of one write-up separately', () => {
    const nodeFinal = 'ARG NODE_VERSION=22.14.0\nFROM node:${NODE_VERSION}-alpine\n' +
      'WORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nUSER node\n' +
      'CMD ["node", "index.js"]\n';
    const blocks = [block('py1', VOTE_TYPICAL), block('node1', NODE),
      block('py2', VOTE_FINAL), block('node2', nodeFinal)];
    expect(findVersionPairs(blocks)).toEqual([
      { before: 'py1', after: 'py2' }, { before: 'node1', after: 'node2' },
    ]);
  });
});
