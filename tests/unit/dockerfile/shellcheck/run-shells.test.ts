/**
 * The shell each RUN is read with (`src/dockerfile/shellcheck/run-shells.ts`): the SHELL and
 * `# hadolint shell=` cases of hadolint's `test/Hadolint/Rule/ShellcheckSpec.hs` and
 * `test/RegressionSpec.hs` (hadolint 8f936c5), as the shell each of their RUNs gets; then the
 * carrying of a pragma into a stage built `FROM` an earlier one, which hadolint's `newStage`
 * does for a pragma as for a SHELL, through the real `shellcheck`.
 */
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../../src/dockerfile/parse/parse-dockerfile.ts';
import { createShellChecker, probeShellcheck }
  from '../../../../src/dockerfile/shellcheck/run-shellcheck.ts';
import { runShells } from '../../../../src/dockerfile/shellcheck/run-shells.ts';
import { skipUnlessCi } from '../../../require-or-skip.ts';

/** The shell of each RUN, in file order. */
const shells = (lines: string[]) =>
  [...runShells(parseDockerfile(`${lines.join('\n')}\n`)).values()];

const BASH = 'SHELL ["/bin/bash", "-e", "-o", "pipefail", "-c"]';

describe('the shell of each RUN, as hadolint tracks it', () => {
  it.each([
    ['resets the SHELL to sh after a FROM', ['SHELL ["/bin/bash", "-eo", "pipefail", "-c"]',
      'FROM debian', 'RUN echo $RANDOM'], ['/bin/sh']],
    ['respects a shell pragma inside a stage', ['FROM mcr.microsoft.com/foo/bar/windows:10',
      '# hadolint shell = powershell.exe', 'RUN Get-Variable PSVersionTable'],
    ['powershell.exe']],
    ['respects a global shell pragma in every stage', ['# hadolint shell=powershell.exe',
      'FROM windows:10', 'RUN Get-Variable', 'FROM windows:10', 'RUN Get-Variable'],
    ['powershell.exe', 'powershell.exe']],
    ['propagates SHELL to a stage built on the stage (1)', ['FROM ubuntu:24.04 AS base',
      BASH, '', 'FROM base', 'RUN source /etc/os-release'], ['/bin/bash']],
    ['propagates SHELL only to a stage built on an earlier stage', ['FROM ubuntu:24.04 AS base',
      BASH, '', 'FROM ubuntu:24.04', 'RUN source /etc/os-release'], ['/bin/sh']],
    ['propagates SHELL in multi-stage builds (2)', ['FROM something AS nothing',
      'FROM ubuntu:24.04 AS base', BASH, 'FROM nothing', 'FROM base',
      'RUN source /etc/os-release'], ['/bin/bash']],
    ['propagates SHELL in multi-stage builds (3)', ['FROM ubuntu:24.04 AS base', BASH,
      'FROM base AS next', 'RUN foobar && barfoo | tee logfile', 'FROM next',
      'RUN source /etc/os-release'], ['/bin/bash', '/bin/bash']],
    ['keeps the pragma\'s shell past ARG and ENV (RegressionSpec)', ['# escape=`',
      '# hadolint shell=powershell', '', 'ARG WINDOWS_VERSION=ltsc2022',
      'FROM mcr.microsoft.com/windows/servercore:"${WINDOWS_VERSION}" AS jre-and-war',
      'ARG jdkTemp=\'C:\\jdktemp\'', 'RUN New-Item -ItemType Directory -Path $env:jdkTemp'],
    ['powershell']],
  ])('%s', (_name, lines, expected) => {
    expect(shells(lines)).toEqual(expected);
  });

  it('carries a pragma into a stage built on its stage, not into others', () => {
    expect(shells(['FROM ubuntu:24.04 AS base', '# hadolint shell=powershell', 'RUN a',
      'FROM base AS next', 'RUN b', 'FROM next', 'RUN c', 'FROM ubuntu:24.04', 'RUN d',
      'FROM BASE', 'RUN e'])).toEqual(['powershell', 'powershell', 'powershell', '/bin/sh',
      'powershell']);
  });

  it('takes the later of SHELL and pragma in a stage, and what the parent stage ended with', () => {
    expect(shells(['FROM a AS one', '# hadolint shell=pwsh', 'RUN a', BASH, 'RUN b',
      'FROM one', 'RUN c', '# hadolint shell=cmd', 'RUN d'])).toEqual(
      ['pwsh', '/bin/bash', '/bin/bash', 'cmd']);
  });

  it('makes a pragma the default only before anything that sets the state', () => {
    // Before the first FROM: every stage's default.
    expect(shells(['# hadolint shell=pwsh', 'FROM a', 'RUN x', 'FROM b', 'RUN y']))
      .toEqual(['pwsh', 'pwsh']);
    // After an ARG, hadolint's state has started: the pragma is lost at the FROM.
    expect(shells(['ARG V=1', '# hadolint shell=pwsh', 'FROM a', 'RUN x'])).toEqual(['/bin/sh']);
    // Just before a later FROM, it belongs to the stage before it.
    expect(shells(['FROM a', 'RUN x', '# hadolint shell=pwsh', 'FROM b', 'RUN y']))
      .toEqual(['/bin/sh', '/bin/sh']);
  });
});

const probe = probeShellcheck();
const skip = skipUnlessCi(probe.available ? undefined
  : 'shellcheck is not installed: apt-get install shellcheck');

describe.skipIf(skip)('a carried pragma, through shellcheck', () => {
  it('leaves a PowerShell RUN in a stage built on a PowerShell stage unchecked', () => {
    const checker = createShellChecker();
    const source = ['FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base',
      '# hadolint shell=powershell', 'RUN Get-Variable PSVersionTable | Select-Object -First 1',
      'FROM base', 'RUN $env:Path = "C:\\tools;" + $env:Path', ''].join('\n');
    expect(checker.check(parseDockerfile(source))).toEqual([]);
    // The same RUN in a stage on another image is read as sh, and ShellCheck objects.
    const other = source.replace('FROM base', 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022');
    expect(checker.check(parseDockerfile(other)).map((f) => f.line)).toContain(5);
  });
});
