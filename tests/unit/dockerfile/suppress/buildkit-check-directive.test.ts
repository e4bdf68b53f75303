/**
 * BuildKit's `# check=` options, ported from BuildKit's own suite:
 * frontend/dockerfile/dockerfile_check_test.go at moby/buildkit
 * 73ed6825c4b7569379ef89df0aedcdbe64473d31. `checkLinterWarnings` there compares BuildKit's
 * warnings only, so `buildkit` here keeps the findings of shipshape's BuildKit checks; a case whose
 * `BuildErr` says the build fails on a warning (`error=true`) expects that finding at `error`.
 * Cases that set the check options through the `BUILDKIT_DOCKERFILE_CHECK` build argument (two
 * in testRuleCheckOption) and the RedundantTargetPlatform case (a check shipshape lacks) are not
 * ported.
 */
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../../../src/dockerfile/lint.ts';
import { allRules } from '../../../../src/dockerfile/rules/index.ts';
import { parseCheckOptions } from '../../../../src/dockerfile/suppress/pragmas.ts';

const buildkitIds = new Set(allRules.filter((r) => r.source === 'buildkit').map((r) => r.id));

function buildkit(dockerfile: string): Array<[string, number, string]> {
  return lintDockerfile(dockerfile, { fragment: false }).findings
    .filter((f) => buildkitIds.has(f.rule))
    .map((f) => [f.rule, f.line, f.severity]);
}

type Case = [name: string, dockerfile: string, expected: Array<[string, number, string]>];

const cases: Case[] = [
  // testRuleCheckOption
  ['skip=all', '#check=skip=all\nFROM scratch as base\ncopy Dockerfile .\n', []],
  ['skip=all;error=true', '#check=skip=all;error=true\nFROM scratch as base\ncopy Dockerfile .\n',
    []],
  ['skip two rules', '#check=skip=ConsistentInstructionCasing,FromAsCasing\n' +
    'FROM scratch as base\ncopy Dockerfile .\n', []],
  ['skip two rules;error=true', '#check=skip=ConsistentInstructionCasing,FromAsCasing;' +
    'error=true\nFROM scratch as base\ncopy Dockerfile .\n', []],
  ['skip one rule', '#check=skip=ConsistentInstructionCasing\nFROM scratch as base\n' +
    'copy Dockerfile .\n', [['FromAsCasing', 2, 'warning']]],
  ['skip one rule;error=true (the build fails on FromAsCasing, line 2)',
    '#check=skip=ConsistentInstructionCasing;error=true\nFROM scratch as base\n' +
    'copy Dockerfile .\n', [['FromAsCasing', 2, 'error']]],
  // testMaintainerDeprecated, testJSONArgsRecommended: a `check=` comment before an instruction.
  ['comment skips JSONArgsRecommended on CMD',
    '\nFROM scratch\n# check=skip=JSONArgsRecommended\nCMD mycommand\n', []],
  ['comment skips JSONArgsRecommended on ENTRYPOINT',
    '\nFROM scratch\n# check=skip=JSONArgsRecommended\nENTRYPOINT mycommand\n', []],
  ['comment skips MaintainerDeprecated',
    '\nFROM scratch\n# check=skip=MaintainerDeprecated\nMAINTAINER me@example.org\n', []],
  // testWorkdirRelativePath
  ['comment skips WorkdirRelativePath',
    '\nFROM scratch\n# check=skip=WorkdirRelativePath\nWORKDIR app/\n', []],
  // testLegacyKeyValueFormat
  ['comments skip LegacyKeyValueFormat, each for its instruction',
    '\nFROM scratch\n# check=skip=LegacyKeyValueFormat\nENV testkey value\n' +
    '# check=skip=LegacyKeyValueFormat\nLABEL key value\n', []],
  // testSecretsUsedInArgOrEnv, the part about comments (lines 15–22 of the upstream file).
  ['comments skip SecretsUsedInArgOrEnv, and skip=all only for their instruction',
    '# check=skip=InvalidDefinitionDescription\n\nFROM scratch\n' +
    '# check=skip=SecretsUsedInArgOrEnv // allow secret in environment\nENV password=bar\n' +
    '# check=skip=SecretsUsedInArgOrEnv // allow secret in arg\nARG password\n' +
    '# check=skip=all // is local to only this instruction\nENV alternate_password=bar\n' +
    '# check=skip=all // is local to only this instruction\nARG alternate_password\n' +
    'ARG SECRET_PASSPHRASE\n', [['SecretsUsedInArgOrEnv', 12, 'warning']]],
];

describe('BuildKit dockerfile_check_test.go (73ed6825): # check= options', () => {
  for (const [name, dockerfile, expected] of cases) {
    it(name, () => {
      expect(buildkit(dockerfile)).toEqual(expected);
    });
  }

  it('without the directive, the same files have findings (the cases can fail)', () => {
    expect(buildkit('FROM scratch as base\ncopy Dockerfile .\n').map(([rule]) => rule))
      .toEqual(['FromAsCasing', 'ConsistentInstructionCasing']);
    expect(buildkit('\nFROM scratch\nCMD mycommand\n').map(([rule]) => rule))
      .toEqual(['JSONArgsRecommended']);
  });

  it('suppressed, rather than never found, in the secrets case', () => {
    const [, dockerfile] = cases[cases.length - 1] ?? [];
    const { suppressed } = lintDockerfile(dockerfile ?? '', { fragment: false });
    expect(suppressed.filter((f) => f.rule === 'SecretsUsedInArgOrEnv')
      .map((f) => [f.line, f.suppressedBy.line])).toEqual([[5, 4], [7, 6], [9, 8], [11, 10]]);
  });

  it('names the directive as what suppressed the finding', () => {
    const { suppressed } = lintDockerfile('#check=skip=FromAsCasing\nFROM scratch as base\n',
      { fragment: false });
    expect(suppressed.find((f) => f.rule === 'FromAsCasing')?.suppressedBy)
      .toEqual({ line: 1, text: 'check=skip=FromAsCasing' });
  });

  it('skip=all leaves hadolint rules alone', () => {
    const { findings } = lintDockerfile('#check=skip=all\nFROM scratch\nCMD mycommand\n',
      { fragment: false });
    expect(findings.map((f) => f.rule)).toContain('DL3025');
    expect(findings.map((f) => f.rule)).not.toContain('JSONArgsRecommended');
  });

  it('reads the options as linter.ParseLintOptions does', () => {
    expect(parseCheckOptions(' skip = A, B ; error = true ')).toEqual(
      { skipAll: false, skip: new Set(['A', 'B']), error: true });
    expect(parseCheckOptions('skip=all;experimental=InvalidDefinitionDescription'))
      .toMatchObject({ skipAll: true });
    expect(parseCheckOptions('error=maybe')).toBeUndefined();
    expect(parseCheckOptions('skipp=A')).toBeUndefined();
    expect(parseCheckOptions('')).toEqual({ skipAll: false, skip: new Set(), error: false });
  });
});
