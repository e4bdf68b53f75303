/**
 * ONBUILD triggers and instructions before the first FROM, as hadolint lints them. Hadolint's
 * own ONBUILD cases (`onBuildRuleCatches…`, every RUN wrapped in ONBUILD) run with the rest of
 * its suite, each with its configuration: `../hadolint-suite/` (367 of 367 agree).
 */
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../../../src/dockerfile/lint.ts';

describe('ONBUILD triggers', () => {
  it('reports a trigger on the ONBUILD line, with the rules hadolint applies to triggers', () => {
    const { findings } = lintDockerfile('FROM debian:12.5\n' +
      'ONBUILD RUN apt-get update && apt-get install curl\nONBUILD RUN cd /srv\n' +
      'ONBUILD ADD app.txt /srv/\nCMD ["sh"]\n', { fragment: false });
    const at = (line: number) => findings.filter((f) => f.line === line).map((f) => f.rule);
    expect(at(2)).toEqual(expect.arrayContaining(['DL3008', 'DL3014', 'DL3015']));
    // DL3003 and DL3020 are not wrapped in `onbuild` upstream.
    expect(at(3)).toEqual([]);
    expect(at(4)).toEqual([]);
  });

  it('is silent on a clean trigger, and a trigger over continuation lines keeps its lines', () => {
    const { findings } = lintDockerfile('FROM debian:12.5\nONBUILD RUN apt-get update \\\n' +
      '  && apt-get install -y --no-install-recommends curl \\\n' +
      '  && rm -rf /var/lib/apt/lists/*\nCMD ["sh"]\n', { fragment: false });
    expect(findings.filter((f) => f.line >= 2 && f.line <= 4).map((f) => [f.rule, f.line]))
      .toEqual([['DL3008', 3]]);
  });

  it('can be suppressed like any finding', () => {
    const { findings, suppressed } = lintDockerfile('FROM debian:12.5\n' +
      '# hadolint ignore=DL3004\nONBUILD RUN sudo make\nCMD ["sh"]\n', { fragment: false });
    expect(findings.map((f) => f.rule)).not.toContain('DL3004');
    expect(suppressed.map((f) => [f.rule, f.line])).toEqual([['DL3004', 3]]);
  });
});

describe('instructions before the first FROM', () => {
  const lint = (text: string) => lintDockerfile(text, { fragment: false }).findings
    .filter((f) => f.rule !== 'DL3061' && f.rule !== 'SS000')
    .map((f) => `${f.line} ${f.rule}`);

  it('are checked by the rules, as hadolint checks them', () => {
    // Hadolint's rules fold over every instruction from an empty state (DL4003Spec, DL3045Spec).
    expect(lint('COPY . app\nCMD ["a"]\nCMD ["b"]\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]\n' +
      'RUN apt-get install -y curl\nFROM debian:12.5\nCMD ["c"]\n')).toEqual(
      expect.arrayContaining(['1 DL3045', '3 DL4003', '5 DL4004', '6 DL3008', '6 DL3015']));
  });

  it('but a snippet without FROM is not told to set a WORKDIR its stage may have', () => {
    expect(lintDockerfile('COPY . app\n').findings.map((f) => f.rule)).toEqual([]);
  });
});
