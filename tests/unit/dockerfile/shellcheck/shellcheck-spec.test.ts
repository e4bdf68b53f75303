/**
 * Unit tests: hadolint's own ShellCheck cases, `test/Hadolint/Rule/ShellcheckSpec.hs` at hadolint
 * commit 8f936c5e975d3663b3cce4ac5b3baa3db26b8516, every `assertChecks` and `assertOnBuildChecks`
 * (every RUN wrapped in ONBUILD, as `Helpers.hs` wraps them) with its expectation: `fails`, at
 * least one `SCxxxx` finding; `passes`, none. With the real `shellcheck` (CI installs it; a
 * machine without it skips these, and CI fails instead).
 */
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../../../src/dockerfile/lint.ts';
import {
  createShellChecker, probeShellcheck,
} from '../../../../src/dockerfile/shellcheck/run-shellcheck.ts';
import { skipUnlessCi } from '../../../require-or-skip.ts';

const skip = skipUnlessCi(probeShellcheck().available ? undefined
  : 'shellcheck is not installed: apt-get install shellcheck');

type Outcome = 'fails' | 'passes';

/** Title, Dockerfile lines, then `assertChecks`'s and `assertOnBuildChecks`'s outcome. */
const CASES: Array<[string, string[], Outcome, Outcome | undefined]> = [
  ['runs shellcheck on RUN instructions', ['RUN echo $MISSING_QUOTES'], 'fails', 'fails'],
  ['not warns on valid scripts', ['RUN echo foo'], 'passes', 'passes'],
  ['no warnings on exec notations', ['RUN ["foobar", "$f"]'], 'passes', 'passes'],
  ['Does not complain on default env vars', ['RUN echo "$HTTP_PROXY"', 'RUN echo "$http_proxy"',
    'RUN echo "$HTTPS_PROXY"', 'RUN echo "$https_proxy"', 'RUN echo "$FTP_PROXY"',
    'RUN echo "$ftp_proxy"', 'RUN echo "$NO_PROXY"', 'RUN echo "$no_proxy"'], 'passes', 'passes'],
  ['Complain on missing env vars', ['RUN echo "$RTTP_PROXY"'], 'fails', 'fails'],
  ['Is aware of ARGS and ENV', ['ARG foo=bar', 'ARG another_foo', 'ENV bar=10 baz=20',
    'RUN echo "$foo"', 'RUN echo "$another_foo"', 'RUN echo "$bar"', 'RUN echo "$baz"'],
  'passes', 'fails'],
  ['Resets env vars after a FROM', ['ARG foo=bar', 'ARG another_foo', 'ENV bar=10 baz=20',
    'FROM debian', 'RUN echo "$foo"'], 'fails', 'fails'],
  ['Defaults the shell to sh', ['RUN echo $RANDOM'], 'fails', 'fails'],
  // hadolint: "debatable, as it should actually pass" for the ONBUILD case.
  ['Can change the shell check to bash', ['SHELL ["/bin/bash", "-eo", "pipefail", "-c"]',
    'RUN echo $RANDOM'], 'passes', 'fails'],
  ['Resets the SHELL to sh after a FROM', ['SHELL ["/bin/bash", "-eo", "pipefail", "-c"]',
    'FROM debian', 'RUN echo $RANDOM'], 'fails', 'fails'],
  ['Does not complain on ash shell', ['SHELL ["/bin/ash", "-o", "pipefail", "-c"]',
    'RUN echo hello'], 'passes', 'passes'],
  ['Does not complain on non-posix shells: pwsh', ['SHELL ["pwsh", "-c"]',
    'RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value'], 'passes', 'passes'],
  ['Does not complain on non-posix shells: cmd.exe', ['SHELL ["cmd.exe", "/c"]',
    'RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value'], 'passes', 'passes'],
  ['Does not complain on non-posix shells, powershell - absolute path',
    ['SHELL ["C:\\\\Windows\\\\System32\\\\WindowsPowerShell\\\\v1.0\\\\powershell.exe", ' +
      '"-noprofile", "-noninteractive", "-command"]',
    'RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value'], 'passes', 'passes'],
  ['Respects shell pragma', ['FROM mcr.microsoft.com/foo/bar/windows:10',
    '# hadolint shell = powershell.exe',
    'RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value'], 'passes', 'passes'],
  ['Respects global shell pragma', ['# hadolint shell=powershell.exe',
    'FROM mcr.microsoft.com/foo/bar/windows:10',
    'RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value',
    'FROM mcr.microsoft.com/foo/bar/windows:10',
    'RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value'], 'passes', 'passes'],
  ['SHELL instructions are propagated in multi-stage builds 1', ['FROM ubuntu:24.04 AS base',
    'SHELL ["/bin/bash", "-e", "-o", "pipefail", "-c"]', '', 'FROM base',
    'RUN source /etc/os-release'], 'passes', undefined],
  ['SHELL instructions are propagated only propagated if referencing earlier stage',
    ['FROM ubuntu:24.04 AS base', 'SHELL ["/bin/bash", "-e", "-o", "pipefail", "-c"]', '',
      'FROM ubuntu:24.04', 'RUN source /etc/os-release'], 'fails', undefined],
  ['SHELL instructions are propagated in multi-stage builds 2', ['FROM something AS nothing',
    'FROM ubuntu:24.04 AS base', 'SHELL ["/bin/bash", "-e", "-o", "pipefail", "-c"]',
    'FROM nothing', 'FROM base', 'RUN source /etc/os-release'], 'passes', undefined],
  ['SHELL instructions are propagated in multi-stage builds 3', ['FROM ubuntu:24.04 AS base',
    'SHELL ["/bin/bash", "-e", "-o", "pipefail", "-c"]', 'FROM base AS next',
    'RUN foobar && barfoo | tee logfile', 'FROM next', 'RUN source /etc/os-release'],
  'passes', undefined],
];

describe.skipIf(skip)("hadolint's ShellcheckSpec.hs", () => {
  const checker = createShellChecker();
  const outcome = (text: string): Outcome =>
    lintDockerfile(text, { shellcheck: checker }).findings
      .some((finding) => finding.rule.startsWith('SC')) ? 'fails' : 'passes';

  it.each(CASES)('%s', (_, lines, plain, onbuild) => {
    const text = `${lines.join('\n')}\n`;
    expect(outcome(text), 'assertChecks').toBe(plain);
    if (onbuild === undefined) return;
    const wrapped = lines.map((line) => line.replace(/^RUN /, 'ONBUILD RUN ')).join('\n');
    expect(outcome(`${wrapped}\n`), 'assertOnBuildChecks').toBe(onbuild);
  });
});
