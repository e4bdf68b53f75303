/**
 * Unit tests: the RUN scripts handed to ShellCheck (`shell-scripts.ts`): line for line with the
 * Dockerfile, keyword and flags blanked, dropped comment lines joined as Docker joins them, the
 * stage's SHELL (inherited from a parent stage), heredoc bodies at their lines, and what is
 * not checked (exec form, pwsh, a heredoc fed to another program, a backtick escape).
 * Pure: no shellcheck needed.
 */
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../../src/dockerfile/parse/parse-dockerfile.ts';
import { HEADER_LINES, scriptNames, shellName, shellScriptFiles } from
  '../../../../src/dockerfile/shellcheck/shell-scripts.ts';

const scripts = (source: string) => shellScriptFiles(parseDockerfile(source))
  .map((f) => ({ line: f.instruction.line, shell: f.shell,
    body: f.text.split('\n').slice(HEADER_LINES, -1) }));

describe('shellScriptFiles', () => {
  it('keeps every RUN line at its Dockerfile line and column', () => {
    const source = 'FROM debian:12\nRUN --mount=type=cache,target=/x apt-get update && \\\n' +
      '    # dropped by Docker\n\n    apt-get install -y curl\n';
    expect(scripts(source)).toEqual([{ line: 2, shell: 'sh', body: [
      `${' '.repeat('RUN --mount=type=cache,target=/x '.length)}apt-get update && \\`,
      '\\', '\\', '    apt-get install -y curl',
    ] }]);
  });

  it('uses the stage SHELL (inherited by a stage built on it), skips what it cannot read', () => {
    const source = 'FROM debian:12 AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n' +
      'RUN echo a\nFROM base\nRUN echo b\nRUN ["echo", "exec form"]\nRUN <<EOF\necho c\nEOF\n' +
      'FROM mcr.microsoft.com/powershell\nSHELL ["pwsh", "-c"]\nRUN Write-Host hi\n' +
      'FROM alpine\nRUN echo d\n';
    expect(scripts(source).map((s) => [s.line, s.shell])).toEqual([
      [3, 'bash'], [5, 'bash'], [7, 'bash'], [14, 'sh'],
    ]);
  });

  it('reads a RUN <<EOF body at its own lines, with its shebang; not one fed to a program', () => {
    const source = 'FROM x\nRUN <<EOF\ncd /tmp\nls\nEOF\n' +
      'RUN <<EOF\n#!/bin/bash\n[[ -d / ]]\nEOF\n' +
      'RUN <<EOF python3\nprint(1)\nEOF\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n';
    expect(scripts(source)).toEqual([
      { line: 2, shell: 'sh', body: ['', 'cd /tmp', 'ls'] },
      { line: 6, shell: 'bash', body: ['', '#!/bin/bash', '[[ -d / ]]'] },
    ]);
  });

  it('declares the ARG and ENV names in scope and the proxy variables, as hadolint does', () => {
    const [file] = shellScriptFiles(parseDockerfile(
      'ARG G=1\nFROM x\nENV A=1\nRUN echo $A $G $http_proxy\n'));
    expect(file?.text.split('\n')[0]).toBe('#!/bin/sh');
    // A global ARG is not in a stage's scope unless declared again there (Docker, hadolint).
    expect(file?.text.split('\n')[1]).toMatch(/^export .*\bhttp_proxy=1\b.* A=1$/);
    expect(file?.text.split('\n')[1]).not.toMatch(/\bG=1/);
  });

  it('a stage built on an earlier one starts with its names; RUNs before FROM are read', () => {
    const source = 'ARG G=1\nRUN echo $G\nFROM x AS base\nENV A=1\n' +
      'FROM base\nRUN echo $A\nFROM x\nRUN echo $A\n';
    const headers = shellScriptFiles(parseDockerfile(source))
      .map((f) => `${f.instruction.line} ${f.text.split('\n')[1]}`);
    expect(headers).toEqual(['2 export G=1', '6 export A=1', '8 ']);
  });

  it('declares only the names the script reads or nearly reads (ShellCheck costs per name)', () => {
    const source = 'FROM x\nENV APP_HOME=/a PYTHON_VERSION=3 PORT=8000 UNRELATED_THING=1\n' +
      'RUN echo $APP_HOME $PYTHON_VERSON\nRUN echo ${!PO*}\nRUN true\n';
    const headers = shellScriptFiles(parseDockerfile(source)).map((f) => f.text.split('\n')[1]);
    // PYTHON_VERSON is one edit from PYTHON_VERSION: ShellCheck suggests it, so it stays.
    expect(headers[0]).toBe('export APP_HOME=1 PYTHON_VERSION=1');
    // `${!PO*}` reads every name starting PO: all are declared.
    expect(headers[1]).toMatch(/^export HTTP_PROXY=1 .* PORT=1 UNRELATED_THING=1$/);
    // None: an empty line (a bare `export` costs ShellCheck as much as a command).
    expect(headers[2]).toBe('');
  });

  it.each([
    ['a name read', ['APP_HOME', 'PORT'], 'echo "$APP_HOME"', ['APP_HOME']],
    ['case differs', ['APP_HOME'], 'echo $app_home', ['APP_HOME']],
    ['three edits away', ['VAR_10'], 'echo $VAR_XYZ', []],
    ['two edits', ['VAR_10'], 'echo $VAR_', ['VAR_10']],
    ['split by a continuation', ['APP_HOME'], 'echo $APP_\\\nHOME', ['APP_HOME']],
    ['in arithmetic', ['PORT'], 'echo $((PORT + 1))', ['PORT']],
  ])('scriptNames: %s', (_, names, script, kept) => {
    expect(scriptNames(names, script)).toEqual(kept);
  });

  it('checks nothing under a backtick escape (PowerShell files)', () => {
    expect(scripts('# escape=`\nFROM x\nRUN echo a\n')).toEqual([]);
  });

  it.each([['/bin/sh', 'sh'], ['bash', 'bash'], ['/usr/bin/dash', 'dash'], ['ksh', 'ksh'],
    ['/bin/ash', 'sh'], ['pwsh', undefined], ['cmd.exe', undefined], ['zsh', undefined],
    ['python3', undefined]])('shell %s → %s', (command, name) => {
    expect(shellName(command)).toBe(name);
  });
});
