/**
 * Unit tests for the guide's own practice rules (SS001–SS004): Dockerfiles each must fire on
 * (with the lines), near misses it must stay silent on, and each rule's bad and good examples.
 */
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../src/dockerfile/rule.ts';
import { rule as ss001 } from '../../../src/dockerfile/rules/ss001-runs-as-root.ts';
import { rule as ss002 } from
  '../../../src/dockerfile/rules/ss002-dependencies-after-copy-all.ts';
import { rule as ss003 } from
  '../../../src/dockerfile/rules/ss003-copy-all-without-dockerignore.ts';
import { rule as ss004 } from '../../../src/dockerfile/rules/ss004-no-healthcheck.ts';
import { described, firedLines, runRule, type RunOptions } from './run-rule.ts';

interface Case {
  name: string;
  text: string;
  /** Lines the rule fires on; silent cases leave it out. */
  lines?: number[];
  options?: RunOptions;
}

interface Table {
  rule: Rule;
  fires: Case[];
  silent: Case[];
  /** What the examples are run with. */
  exampleOptions?: RunOptions;
}

const NO_IGNORE: RunOptions = { hasDockerignore: false };

const tables: Table[] = [
  {
    rule: ss001,
    fires: [
      { name: 'no USER', text: 'FROM python:3.13-slim\nCMD ["python"]\n', lines: [1] },
      { name: 'last USER is root', text: 'FROM x\nUSER app\nUSER root\n', lines: [3] },
      { name: 'UID 0 with a group', text: 'FROM x\nUSER 0:0\n', lines: [2] },
      { name: 'USER only in the build stage',
        text: 'FROM golang AS build\nUSER nobody\nFROM alpine\nCOPY --from=build /a /a\n',
        lines: [3] },
      { name: 'root through a variable', text: 'FROM x\nARG U=root\nUSER $U\n', lines: [3] },
      { name: 'distroless without nonroot', text: 'FROM gcr.io/distroless/static-debian12\n',
        lines: [1] },
    ],
    silent: [
      { name: 'unprivileged USER', text: 'FROM x\nRUN useradd app\nUSER app\n' },
      { name: 'root then back', text: 'FROM x\nUSER root\nRUN apt-get update\nUSER 1000\n' },
      { name: 'distroless nonroot', text: 'FROM gcr.io/distroless/static-debian12:nonroot\n' },
      { name: 'debug-nonroot tag', text: 'FROM gcr.io/distroless/base:debug-nonroot\n' },
      { name: 'nonroot parent stage',
        text: 'FROM gcr.io/distroless/python3-debian12:nonroot AS base\nFROM base\n' },
      { name: 'USER in the parent stage',
        text: 'FROM x AS base\nUSER app\nFROM base\nCMD ["a"]\n' },
      { name: 'unresolved variable', text: 'FROM x\nUSER $APP_USER\n' },
      { name: 'snippet', text: 'RUN pip install flask\n', options: { fragment: true } },
    ],
  },
  {
    rule: ss002,
    fires: [
      { name: 'pip after COPY . .',
        text: 'FROM python\nCOPY . .\nRUN pip install -r requirements.txt\n', lines: [3] },
      { name: 'npm ci after COPY . /app',
        text: 'FROM node\nWORKDIR /app\nCOPY . /app\nRUN npm ci\n', lines: [4] },
      { name: 'go mod download after ADD',
        text: 'FROM golang\nADD . /src\nRUN go mod download && go build ./...\n', lines: [3] },
      { name: 'python -m pip on a continuation line',
        text: 'FROM python\nCOPY ./ ./\nRUN apt-get update && \\\n    python -m pip install .\n',
        lines: [4] },
      { name: 'pip upgrade alone does not count as installed deps',
        text: 'FROM python\nRUN pip install --upgrade pip\nCOPY . .\n' +
          'RUN pip install -r requirements.txt\n', lines: [4] },
      { name: 'bare yarn', text: 'FROM node\nCOPY . .\nRUN yarn\n', lines: [3] },
      { name: 'pdm run as a module',
        text: 'FROM python\nCOPY . .\nRUN python -m pdm install\n', lines: [3] },
      { name: 'exec-form RUN', text: 'FROM ruby\nCOPY . .\nRUN ["bundle", "install"]\n',
        lines: [3] },
      { name: 'snippet', text: 'COPY . .\nRUN npm install\n', lines: [2] },
    ],
    silent: [
      { name: 'manifest copied and installed first',
        text: 'FROM python\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n' +
          'COPY . .\n' },
      { name: 'project installed after its dependencies',
        text: 'FROM python\nCOPY pyproject.toml .\nRUN pip install -r requirements.txt\n' +
          'COPY . .\nRUN pip install -e .\n' },
      { name: 'pip --no-deps', text: 'FROM python\nCOPY . .\nRUN pip install --no-deps .\n' },
      { name: 'system packages', text: 'FROM python\nCOPY . .\nRUN apt-get install -y curl\n' },
      { name: 'global npm tool', text: 'FROM node\nCOPY . .\nRUN npm install -g pnpm\n' },
      { name: 'COPY --from a stage',
        text: 'FROM node AS deps\nRUN npm ci\nFROM node\nCOPY --from=deps . .\nRUN npm ci\n' },
      { name: 'build after copy', text: 'FROM node\nCOPY package*.json ./\nRUN npm ci\n' +
        'COPY . .\nRUN npm run build\n' },
      { name: 'copy of one folder', text: 'FROM node\nCOPY src/ ./src/\nRUN npm ci\n' },
      { name: 'install in another stage',
        text: 'FROM node AS src\nCOPY . .\nFROM node\nRUN npm ci\n' },
    ],
  },
  {
    rule: ss003,
    exampleOptions: NO_IGNORE,
    fires: [
      { name: 'COPY . .', text: 'FROM x\nCOPY . .\n', lines: [2], options: NO_IGNORE },
      { name: 'ADD . /app', text: 'FROM x\nADD . /app\n', lines: [2], options: NO_IGNORE },
      { name: 'with --chown, twice', text: 'FROM x\nCOPY --chown=app ./ /app/\nCOPY . .\n',
        lines: [2, 3], options: NO_IGNORE },
      { name: 'among other sources', text: 'FROM x\nCOPY a.txt . /app/\n', lines: [2],
        options: NO_IGNORE },
    ],
    silent: [
      { name: 'with a .dockerignore', text: 'FROM x\nCOPY . .\n',
        options: { hasDockerignore: true } },
      { name: 'folder unknown', text: 'FROM x\nCOPY . .\n' },
      { name: 'named files', text: 'FROM x\nCOPY app.py requirements.txt ./\n',
        options: NO_IGNORE },
      { name: 'from a stage', text: 'FROM x AS a\nFROM y\nCOPY --from=a . .\n',
        options: NO_IGNORE },
      { name: 'dot only as destination', text: 'FROM x\nCOPY src .\n', options: NO_IGNORE },
    ],
  },
  {
    rule: ss004,
    fires: [
      { name: 'no HEALTHCHECK', text: 'FROM x\nCMD ["serve"]\n', lines: [1] },
      { name: 'only in the build stage',
        text: 'FROM x AS build\nHEALTHCHECK CMD true\nFROM y\nCMD ["serve"]\n', lines: [3] },
      { name: 'named final stage', text: 'FROM x AS a\nFROM y AS runtime\nCMD ["serve"]\n',
        lines: [2] },
    ],
    silent: [
      { name: 'HEALTHCHECK', text: 'FROM x\nHEALTHCHECK CMD curl -f http://localhost/\n' },
      { name: 'HEALTHCHECK NONE', text: 'FROM x\nHEALTHCHECK NONE\n' },
      { name: 'inherited from the parent stage',
        text: 'FROM x AS base\nHEALTHCHECK CMD true\nFROM base\nCMD ["serve"]\n' },
      { name: 'snippet', text: 'CMD ["serve"]\n', options: { fragment: true } },
    ],
  },
];

describe.each(tables)('$rule.id', ({ rule, fires, silent, exampleOptions }) => {
  it.each(fires)('fires: $name', ({ text, lines, options }) => {
    expect(firedLines(rule, text, options)).toEqual(lines);
  });

  it.each(silent)('silent: $name', ({ text, options }) => {
    expect(firedLines(rule, text, options)).toEqual([]);
  });

  it('fires on its bad example and not on its good one', () => {
    const { examples } = described(rule);
    expect(firedLines(rule, examples.bad, exampleOptions).length).toBeGreaterThan(0);
    expect(firedLines(rule, examples.good, exampleOptions)).toEqual([]);
  });

  it('is one of ours', () => {
    expect(rule.source).toBe('shipshape');
    expect(described(rule).upstreamUrl).toBeUndefined();
    expect(rule.sameAs).toEqual([]);
  });
});

describe('messages', () => {
  it('SS001 names the final stage', () => {
    const [hit] = runRule(ss001, 'FROM golang AS build\nFROM alpine AS runtime\n');
    expect(hit?.message).toContain('`runtime` (line 2)');
  });

  it('SS002 names the install, the copy and their lines', () => {
    const [hit] = runRule(ss002, 'FROM python\nCOPY . .\nRUN pip install -r requirements.txt\n');
    expect(hit?.message).toBe('`pip install` (line 3) runs after `COPY . .` (line 2): copy the ' +
      'dependency manifest first, install, then copy the rest.');
  });

  it('SS004 is info', () => {
    expect(ss004.severity).toBe('info');
  });
});
