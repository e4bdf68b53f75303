/**
 * Tests for the analyse stage, Dockerfile engine: parseDockerfile: exact line ranges, heredocs,
 * escapes, flags, forms, stages.
 */
import { describe, it, expect } from 'vitest';
import type { DockerfileModel, Instruction } from '../../../../src/dockerfile/model.ts';
import { parseDockerfile } from '../../../../src/dockerfile/parse/parse-dockerfile.ts';
import { VOTE_FINAL } from '../../walkthrough/diff/vote-service.ts';

/** `[keyword, line, endLine]` of every instruction: the table most tests compare. */
function spans(model: DockerfileModel): Array<[string, number, number]> {
  return model.instructions.map((i) => [i.keyword, i.line, i.endLine]);
}

function only(model: DockerfileModel, keyword: string, nth = 0): Instruction {
  const found = model.instructions.filter((i) => i.keyword === keyword)[nth];
  if (!found) throw new Error(`no ${keyword} #${nth}`);
  return found;
}

/** The vote-service write-up's final Dockerfile (shared fixture). */
const SEED = VOTE_FINAL;

describe('parseDockerfile: the seed Dockerfile', () => {
  const model = parseDockerfile(SEED);

  it('finds every instruction on its exact lines', () => {
    expect(spans(model)).toEqual([
      ['ARG', 1, 1], ['FROM', 2, 2], ['WORKDIR', 4, 4], ['ARG', 6, 6], ['RUN', 7, 14],
      ['COPY', 16, 16], ['RUN', 17, 17], ['COPY', 19, 19], ['USER', 21, 21],
      ['ENTRYPOINT', 23, 23], ['CMD', 24, 24],
    ]);
    expect(model.syntaxErrors).toEqual([]);
    expect(model.source).toBe(SEED);
  });

  it('resolves the global ARG in FROM', () => {
    expect(model.globalArgs).toEqual([
      { name: 'PYTHON_VERSION', value: '3.13.3', kind: 'ARG', line: 1, stage: -1 },
    ]);
    expect(model.stages).toHaveLength(1);
    const [stage] = model.stages;
    expect(stage).toMatchObject({
      index: 0, name: undefined, image: 'python:${PYTHON_VERSION}-alpine',
      resolvedImage: 'python:3.13.3-alpine', line: 2, endLine: 24,
      ref: { name: 'python', tag: '3.13.3-alpine', registry: undefined },
    });
    expect(stage?.instructions.map((i) => i.keyword)[0]).toBe('FROM');
    expect(stage?.instructions).toHaveLength(10);
    expect(only(model, 'ARG').stage).toBe(-1);
    expect(only(model, 'USER').stage).toBe(0);
  });

  it('reads the multi-line RUN as one adduser command', () => {
    const run = only(model, 'RUN');
    expect(run.json).toBeUndefined();
    expect(run.shell?.parsed).toBe(true);
    expect(run.shell?.commands).toHaveLength(1);
    const [command] = run.shell?.commands ?? [];
    expect(command?.name).toBe('adduser');
    expect(command?.line).toBe(7);
    expect(command?.args).toContain('--uid');
    expect(command?.args).toContain('${UID}');
    expect(command?.args).toContain('');
    expect(command?.args.at(-1)).toBe('appuser');
    expect(run.argsText).not.toContain('\\');
    expect(run.args[0]).toBe('adduser');
  });

  it('reads the exec forms', () => {
    expect(only(model, 'ENTRYPOINT').json).toEqual(['python3']);
    expect(only(model, 'CMD').json).toEqual(['app.py']);
    expect(only(model, 'CMD').shell).toBeUndefined();
  });

  it('lists the variables', () => {
    expect(model.variables.map((v) => [v.name, v.value, v.kind, v.line, v.stage])).toEqual([
      ['PYTHON_VERSION', '3.13.3', 'ARG', 1, -1], ['UID', '10001', 'ARG', 6, 0],
    ]);
  });
});

describe('parseDockerfile: heredocs', () => {
  it('puts a RUN heredoc body in the range and reads it as shell', () => {
    const model = parseDockerfile([
      'FROM alpine', //                              1
      'RUN <<EOF', //                                2
      'set -eux', //                                 3
      'apk add --no-cache curl \\', //               4
      '    git', //                                  5
      'EOF', //                                      6
      'CMD ["sh"]', //                               7
    ].join('\n'));
    expect(spans(model)).toEqual([['FROM', 1, 1], ['RUN', 2, 6], ['CMD', 7, 7]]);
    const run = only(model, 'RUN');
    expect(run.heredocs).toEqual([{
      name: 'EOF', body: 'set -eux\napk add --no-cache curl \\\n    git', line: 3, endLine: 5,
    }]);
    expect(run.shell?.commands.map((c) => [c.name, c.line])).toEqual([['set', 3], ['apk', 4]]);
    expect(run.shell?.commands[1]?.args).toEqual(['add', '--no-cache', 'curl', 'git']);
  });

  it('keeps COPY <<EOF bodies out of the comments and the shell', () => {
    const model = parseDockerfile([
      'FROM alpine', //                 1
      'COPY <<EOF /app/x', //           2
      '# not a Dockerfile comment', //  3
      'key=1', //                       4
      'EOF', //                         5
      '# a real comment', //            6
      'RUN true', //                    7
    ].join('\n'));
    expect(spans(model)).toEqual([['FROM', 1, 1], ['COPY', 2, 5], ['RUN', 7, 7]]);
    const copy = only(model, 'COPY');
    expect(copy.args).toEqual(['<<EOF', '/app/x']);
    expect(copy.shell).toBeUndefined();
    expect(copy.heredocs[0]).toMatchObject({ name: 'EOF', line: 3, endLine: 4 });
    expect(model.comments).toEqual([{ line: 6, text: 'a real comment' }]);
  });

  it('reads two heredocs on one RUN', () => {
    const model = parseDockerfile([
      'FROM alpine', //                   1
      'RUN <<FILE1 cat > /a && <<FILE2 cat > /b', // 2
      'one', //                           3
      'FILE1', //                         4
      'two', //                           5
      'FILE2', //                         6
      'USER nobody', //                   7
    ].join('\n'));
    expect(spans(model)).toEqual([['FROM', 1, 1], ['RUN', 2, 6], ['USER', 7, 7]]);
    const run = only(model, 'RUN');
    expect(run.heredocs.map((h) => [h.name, h.body, h.line, h.endLine])).toEqual([
      ['FILE1', 'one', 3, 3], ['FILE2', 'two', 5, 5],
    ]);
    expect(run.shell?.parsed).toBe(true);
    expect(run.shell?.commands.map((c) => [c.name, c.line])).toEqual([['cat', 2], ['cat', 2]]);
  });

  it('strips tabs for <<- and skips a non-shell shebang', () => {
    const model = parseDockerfile([
      'FROM python:3', //              1
      'RUN <<-EOF', //                 2
      '\techo hi', //                  3
      '\tEOF', //                      4
      'RUN <<EOF', //                  5
      '#!/usr/bin/env python3', //     6
      'print("hi")', //                7
      'EOF', //                        8
      'RUN python3 <<PY', //           9
      'print(1)', //                   10
      'PY', //                         11
    ].join('\n'));
    expect(spans(model)).toEqual([['FROM', 1, 1], ['RUN', 2, 4], ['RUN', 5, 8], ['RUN', 9, 11]]);
    const [dash, python, stdin] = model.instructions.slice(1);
    expect(dash?.heredocs[0]?.body).toBe('echo hi');
    expect(dash?.shell?.commands[0]).toMatchObject({ name: 'echo', args: ['hi'], line: 3 });
    expect(python?.shell).toBeUndefined();
    expect(stdin?.shell?.commands.map((c) => c.name)).toEqual(['python3']);
  });
  it('reads a heredoc after flags, a quoted delimiter and an empty body', () => {
    const model = parseDockerfile([
      'FROM debian', //                                              1
      "RUN --mount=type=cache,target=/var/cache/apt <<'EOF'", //    2
      'apt-get update', //                                           3
      'EOF', //                                                      4
      'COPY <<EOF /empty', //                                        5
      'EOF', //                                                      6
    ].join('\n'));
    expect(spans(model)).toEqual([['FROM', 1, 1], ['RUN', 2, 4], ['COPY', 5, 6]]);
    const run = only(model, 'RUN');
    expect(run.flags).toEqual([{ name: 'mount', value: 'type=cache,target=/var/cache/apt' }]);
    expect(run.shell?.commands).toEqual([
      { name: 'apt-get', args: ['update'], assignments: [], line: 3 },
    ]);
    expect(only(model, 'COPY').heredocs).toEqual([{ name: 'EOF', body: '', line: 6, endLine: 6 }]);
  });
});

describe('parseDockerfile: escapes, continuations and comments', () => {
  it('respects # escape=` with backtick continuations', () => {
    const model = parseDockerfile([
      '# escape=`', //                                          1
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022', //  2
      'RUN powershell -Command `', //                           3
      '    New-Item -Path C:\\app `', //                        4
      '    -ItemType Directory', //                             5
      'WORKDIR C:\\app', //                                     6
    ].join('\n'));
    expect(model.escapeChar).toBe('`');
    expect(model.directives).toEqual([{ name: 'escape', value: '`', line: 1 }]);
    expect(model.comments).toEqual([]);
    expect(spans(model)).toEqual([['FROM', 2, 2], ['RUN', 3, 5], ['WORKDIR', 6, 6]]);
    expect(only(model, 'RUN').argsText).toBe(
      'powershell -Command     New-Item -Path C:\\app     -ItemType Directory');
    expect(only(model, 'WORKDIR').args).toEqual(['C:\\app']);
  });

  it('drops comment and blank lines inside a continuation', () => {
    const model = parseDockerfile([
      'FROM debian:12', //                          1
      'RUN apt-get update \\', //                   2
      '# install the tools', //                     3
      '    && apt-get install -y curl \\', //       4
      '', //                                        5
      '  # clean up', //                            6
      '    && rm -rf /var/lib/apt/lists/*', //      7
      'EXPOSE 80', //                               8
    ].join('\n'));
    expect(spans(model)).toEqual([['FROM', 1, 1], ['RUN', 2, 7], ['EXPOSE', 8, 8]]);
    const run = only(model, 'RUN');
    expect(run.argsText).not.toContain('#');
    expect(run.argsText).not.toContain('install the tools');
    expect(run.shell?.commands.map((c) => [c.name, c.line])).toEqual([
      ['apt-get', 2], ['apt-get', 4], ['rm', 7],
    ]);
    expect(model.comments).toEqual([
      { line: 3, text: 'install the tools' }, { line: 6, text: 'clean up' },
    ]);
  });

  it('ends the range on the last real line when a continuation runs into the end', () => {
    const model = parseDockerfile('FROM x\nRUN echo a \\\n  && echo b \\\n\n');
    expect(spans(model)).toEqual([['FROM', 1, 1], ['RUN', 2, 3]]);
  });

  it('reads CRLF line endings', () => {
    const model = parseDockerfile(
      'FROM alpine AS base\r\nRUN apk add \\\r\n    curl\r\n# note\r\nCMD ["sh"]\r\n');
    expect(spans(model)).toEqual([['FROM', 1, 1], ['RUN', 2, 3], ['CMD', 5, 5]]);
    expect(only(model, 'RUN').args).toEqual(['apk', 'add', 'curl']);
    expect(only(model, 'RUN').argsText).not.toContain('\r');
    expect(model.stages[0]?.name).toBe('base');
    expect(model.comments).toEqual([{ line: 4, text: 'note' }]);
  });

  it('keeps directives apart from comments', () => {
    const model = parseDockerfile([
      '# syntax=docker/dockerfile:1', '# check=skip=JSONArgsRecommended', '# hello', 'FROM x',
    ].join('\n'));
    expect(model.directives.map((d) => [d.name, d.value, d.line])).toEqual([
      ['syntax', 'docker/dockerfile:1', 1], ['check', 'skip=JSONArgsRecommended', 2],
    ]);
    expect(model.comments).toEqual([{ line: 3, text: 'hello' }]);
  });
});

describe('parseDockerfile: flags, forms and variables', () => {
  it('reads flags and leaves the words after them in args', () => {
    const model = parseDockerfile([
      'FROM --platform=$BUILDPLATFORM golang:1.22 AS build', // 1
      'RUN --mount=type=cache,target=/root/.cache/go-build go build ./...', // 2
      'FROM scratch', // 3
      'COPY --from=0 --chown=app:app --link /out/app /app', // 4
    ].join('\n'));
    expect(only(model, 'FROM').flags).toEqual([{ name: 'platform', value: '$BUILDPLATFORM' }]);
    expect(only(model, 'FROM').args).toEqual(['golang:1.22', 'AS', 'build']);
    expect(model.stages[0]?.platform).toBe('$BUILDPLATFORM');
    expect(only(model, 'RUN').flags).toEqual([
      { name: 'mount', value: 'type=cache,target=/root/.cache/go-build' },
    ]);
    expect(only(model, 'RUN').argsText).toBe('go build ./...');
    expect(only(model, 'RUN').shell?.commands[0]).toMatchObject({
      name: 'go', args: ['build', './...'],
    });
    const copy = only(model, 'COPY');
    expect(copy.flags).toEqual([
      { name: 'from', value: '0' }, { name: 'chown', value: 'app:app' },
      { name: 'link', value: undefined },
    ]);
    expect(copy.args).toEqual(['/out/app', '/app']);
    expect(copy.stage).toBe(1);
  });

  it('does not read flags on instructions that take none', () => {
    const model = parseDockerfile('FROM x\nCMD --help\nENTRYPOINT --version\n');
    expect(only(model, 'CMD').flags).toEqual([]);
    expect(only(model, 'CMD').args).toEqual(['--help']);
  });

  it('tells JSON from shell form', () => {
    const model = parseDockerfile([
      'FROM x',
      'RUN ["apt-get", "update"]',
      'CMD python app.py',
      'ENTRYPOINT [\'python\']',
      'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
      'COPY ["a b.txt", "/app/"]',
      'CMD [1, 2]',
      'VOLUME ["/data"]',
      'LABEL x=["a"]',
    ].join('\n'));
    const [, run, cmd, entry, shell, copy, numbers, volume, label] = model.instructions;
    expect(run?.json).toEqual(['apt-get', 'update']);
    expect(run?.shell).toBeUndefined();
    expect(cmd?.json).toBeUndefined();
    expect(cmd?.args).toEqual(['python', 'app.py']);
    expect(entry?.json).toBeUndefined();
    expect(shell?.json).toEqual(['/bin/bash', '-o', 'pipefail', '-c']);
    expect(copy?.json).toEqual(['a b.txt', '/app/']);
    expect(copy?.args).toEqual(['a b.txt', '/app/']);
    expect(numbers?.json).toBeUndefined();
    expect(volume?.json).toEqual(['/data']);
    expect(label?.json).toBeUndefined();
  });

  it('reads ENV in both forms and ARG with several names', () => {
    const model = parseDockerfile([
      'FROM x', //                          1
      'ENV PATH /opt/bin:$PATH', //         2
      'ENV GREETING hello world', //        3
      'ENV A=1 B="two words" C=', //        4
      'ARG X Y=2', //                       5
    ].join('\n'));
    expect(model.variables.map((v) => [v.kind, v.name, v.value, v.line, v.stage])).toEqual([
      ['ENV', 'PATH', '/opt/bin:$PATH', 2, 0],
      ['ENV', 'GREETING', 'hello world', 3, 0],
      ['ENV', 'A', '1', 4, 0], ['ENV', 'B', 'two words', 4, 0], ['ENV', 'C', '', 4, 0],
      ['ARG', 'X', undefined, 5, 0], ['ARG', 'Y', '2', 5, 0],
    ]);
    expect(model.globalArgs).toEqual([]);
  });
});

describe('parseDockerfile: stages', () => {
  it('reads names, lower-case keywords and FROM another stage', () => {
    const model = parseDockerfile([
      'ARG NODE=20', //                        1
      'from node:${NODE:-18}-slim as deps', // 2
      'run npm ci', //                         3
      '', //                                   4
      '# build it', //                         5
      'FROM deps AS Builder', //               6
      'RUN npm run build', //                  7
      'FROM nginx:1.27@sha256:' + 'b'.repeat(64), // 8
      'COPY --from=Builder /app/dist /usr/share/nginx/html', // 9
    ].join('\n'));
    expect(model.instructions.map((i) => i.rawKeyword).slice(0, 3)).toEqual(['ARG', 'from', 'run']);
    expect(model.instructions[1]?.keyword).toBe('FROM');
    expect(model.stages.map((s) => [s.index, s.name, s.image, s.resolvedImage, s.line, s.endLine]))
      .toEqual([
        [0, 'deps', 'node:${NODE:-18}-slim', 'node:20-slim', 2, 3],
        [1, 'Builder', 'deps', 'deps', 6, 7],
        [2, undefined, `nginx:1.27@sha256:${'b'.repeat(64)}`,
          `nginx:1.27@sha256:${'b'.repeat(64)}`, 8, 9],
      ]);
    expect(model.stages[1]?.ref).toMatchObject({ name: 'deps', tag: undefined });
    expect(model.stages[2]?.ref).toMatchObject({ name: 'nginx', tag: '1.27' });
    expect(model.instructions.map((i) => i.stage)).toEqual([-1, 0, 0, 1, 1, 2, 2]);
  });

  it('keeps unresolved variables as written', () => {
    const model = parseDockerfile('ARG BASE\nFROM ${BASE}\nFROM $OTHER:1\n');
    expect(model.stages.map((s) => s.resolvedImage)).toEqual(['${BASE}', '$OTHER:1']);
  });
});

describe('parseDockerfile: odd inputs', () => {
  it('reads an empty file', () => {
    const model = parseDockerfile('');
    expect(model.instructions).toEqual([]);
    expect(model.stages).toEqual([]);
    expect(model.comments).toEqual([]);
    expect(model.escapeChar).toBe('\\');
  });

  it('reads a file of comments only', () => {
    const model = parseDockerfile('# one\n\n#two\n');
    expect(model.instructions).toEqual([]);
    expect(model.comments).toEqual([{ line: 1, text: 'one' }, { line: 3, text: 'two' }]);
  });

  it('reads a snippet without FROM as stage -1', () => {
    const model = parseDockerfile('RUN apt-get update\nCOPY . /app\n');
    expect(model.instructions.map((i) => i.stage)).toEqual([-1, -1]);
    expect(model.stages).toEqual([]);
    expect(model.syntaxErrors.some((e) => /FROM/.test(e.message))).toBe(true);
  });

  it('reports syntax errors with 1-based lines, but not newer BuildKit flags', () => {
    const model = parseDockerfile([
      'FROM x', 'COPPY a b', 'ADD --unpack=true a.tar /x', 'COPY --parents --exclude=*.md . /',
    ].join('\n'));
    expect(model.syntaxErrors).toHaveLength(1);
    expect(model.syntaxErrors[0]).toMatchObject({ line: 2, endLine: 2 });
    expect(model.syntaxErrors[0]?.message).toMatch(/COPPY/);
  });

  it('reads indented instructions and a keyword followed by a continuation', () => {
    const model = parseDockerfile('FROM x\n  RUN \\\n  echo a \\\n  && echo b\n');
    expect(spans(model)).toEqual([['FROM', 1, 1], ['RUN', 2, 4]]);
    expect(only(model, 'RUN').shell?.commands.map((c) => [c.name, c.line])).toEqual([
      ['echo', 3], ['echo', 4],
    ]);
  });

  it('reads ONBUILD as one instruction', () => {
    const model = parseDockerfile('FROM x\nONBUILD RUN echo hi\n');
    expect(only(model, 'ONBUILD')).toMatchObject({ argsText: 'RUN echo hi', shell: undefined });
  });
});
