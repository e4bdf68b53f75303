/**
 * Tests for the analyse stage, Dockerfile engine: readShell: simple commands and their Dockerfile
 * lines, and the fallback split.
 */
import { describe, it, expect } from 'vitest';
import type { ShellScript } from '../../../../src/dockerfile/model.ts';
import { parseDockerfile } from '../../../../src/dockerfile/parse/parse-dockerfile.ts';
import { readShell, splitShellFallback } from '../../../../src/dockerfile/parse/read-shell.ts';

/** The shell of the first RUN of a Dockerfile. */
function shellOf(source: string): ShellScript {
  const run = parseDockerfile(source).instructions.find((i) => i.keyword === 'RUN');
  if (!run?.shell) throw new Error('no shell-form RUN');
  return run.shell;
}

function table(shell: ShellScript): Array<[string, number]> {
  return shell.commands.map((c) => [c.name, c.line]);
}

describe('readShell through parseDockerfile', () => {
  it('walks && chains across continuation lines, with their lines', () => {
    const shell = shellOf([
      'FROM debian', //                                                    1
      'RUN apt-get update \\', //                                          2
      '    && DEBIAN_FRONTEND=noninteractive apt-get install -y \\', //     3
      '       --no-install-recommends curl ca-certificates \\', //         4
      '    && rm -rf /var/lib/apt/lists/*', //                             5
    ].join('\n'));
    expect(shell.parsed).toBe(true);
    expect(shell.hasPipe).toBe(false);
    expect(table(shell)).toEqual([['apt-get', 2], ['apt-get', 3], ['rm', 5]]);
    expect(shell.commands[1]).toEqual({
      name: 'apt-get', line: 3, assignments: ['DEBIAN_FRONTEND=noninteractive'],
      args: ['install', '-y', '--no-install-recommends', 'curl', 'ca-certificates'],
    });
    expect(shell.commands[2]?.args).toEqual(['-rf', '/var/lib/apt/lists/*']);
  });

  it('sees pipes, || and ;', () => {
    const shell = shellOf([
      'FROM alpine', //                                         1
      'RUN set -o pipefail; \\', //                             2
      '    curl -fsSL https://x.example/install.sh | sh \\', // 3
      '    || echo failed', //                                  4
    ].join('\n'));
    expect(shell.hasPipe).toBe(true);
    expect(table(shell)).toEqual([['set', 2], ['curl', 3], ['sh', 3], ['echo', 4]]);
  });

  it('enters subshells, brace groups, if, for and while bodies', () => {
    const shell = shellOf([
      'FROM alpine', //                                     1
      'RUN (cd /src && make) \\', //                        2
      ' && { echo a; echo b; } \\', //                      3
      ' && if [ -f /x ]; then rm /x; else touch /y; fi \\', // 4
      ' && for f in a b; do gzip "$f"; done \\', //         5
      ' && while false; do sleep 1; done', //              6
    ].join('\n'));
    expect(table(shell)).toEqual([
      ['cd', 2], ['make', 2], ['echo', 3], ['echo', 3], ['[', 4], ['rm', 4], ['touch', 4],
      ['gzip', 5], ['false', 6], ['sleep', 6],
    ]);
    expect(shell.commands.find((c) => c.name === 'gzip')?.args).toEqual(['$f']);
  });

  it('enters command substitutions', () => {
    const shell = shellOf('FROM alpine\nRUN echo "$(uname -m)" && X=$(id -u) env\n');
    expect(table(shell)).toEqual([['echo', 2], ['uname', 2], ['env', 2], ['id', 2]]);
    expect(shell.commands.find((c) => c.name === 'env')?.assignments).toEqual(['X=$(id -u)']);
  });

  it('removes quotes but keeps variables as written', () => {
    const shell = shellOf(
      'FROM alpine\nRUN pip install "flask==${FLASK}" \'a b\' --opt="x y" $HOME\n');
    expect(shell.commands[0]?.args).toEqual([
      'install', 'flask==${FLASK}', 'a b', '--opt=x y', '$HOME',
    ]);
  });

  it('keeps the script text the shell sees', () => {
    const shell = shellOf('FROM alpine\nRUN echo a \\\n# gone\n  && echo b\n');
    expect(shell.text).toBe('echo a   && echo b');
  });

  it('falls back to a plain split when bash cannot read the script', () => {
    const shell = shellOf('FROM alpine\nRUN echo "open && apt-get install \\\n  x | tee log\n');
    expect(shell.parsed).toBe(false);
    expect(shell.hasPipe).toBe(true);
    expect(table(shell)).toEqual([['echo', 2], ['apt-get', 2], ['tee', 3]]);
  });

  it('does not read a JSON-form RUN as shell', () => {
    const model = parseDockerfile('FROM alpine\nRUN ["sh", "-c", "echo hi"]\n');
    expect(model.instructions[1]?.shell).toBeUndefined();
  });
});

describe('readShell directly', () => {
  it('maps offsets of a joined script to Dockerfile lines', () => {
    const text = 'a && b && c';
    const shell = readShell({ text, segments: [{ offset: 0, line: 10 }, { offset: 5, line: 12 }] });
    expect(table(shell)).toEqual([['a', 10], ['b', 12], ['c', 12]]);
  });

  it('counts newlines inside a segment (a heredoc body)', () => {
    const shell = readShell({ text: 'a\n\nb | c', segments: [{ offset: 0, line: 3 }] });
    expect(table(shell)).toEqual([['a', 3], ['b', 5], ['c', 5]]);
    expect(shell.hasPipe).toBe(true);
  });

  it('splits in the fallback on operators and assignments', () => {
    const text = 'A=1 B=2 make all; echo ok';
    const shell = splitShellFallback({ text, segments: [{ offset: 0, line: 1 }] });
    expect(shell.commands).toEqual([
      { name: 'make', args: ['all'], assignments: ['A=1', 'B=2'], line: 1 },
      { name: 'echo', args: ['ok'], assignments: [], line: 1 },
    ]);
    expect(shell.parsed).toBe(false);
  });

  it('returns no commands for an empty script', () => {
    expect(readShell({ text: '', segments: [] })).toEqual({
      commands: [], hasPipe: false, text: '', parsed: true,
    });
  });
});
