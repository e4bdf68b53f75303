/**
 * Hadolint's inline pragmas, ported from hadolint's own suite: test/Hadolint/PragmaSpec.hs at
 * hadolint/hadolint 8f936c5e975d3663b3cce4ac5b3baa3db26b8516 (every case of the file, in its
 * order, with its name). `ruleCatches` there runs every rule and asks whether one id is reported;
 * so does `catches` here. Rules shipshape does not have (DL3023, DL1001) are checked too: the
 * case then holds trivially, and says so.
 */
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../../../src/dockerfile/lint.ts';
import { parseDockerfile } from '../../../../src/dockerfile/parse/parse-dockerfile.ts';
import { allRules } from '../../../../src/dockerfile/rules/index.ts';
import {
  parseIgnore, readPragmas,
} from '../../../../src/dockerfile/suppress/pragmas.ts';

const text = (lines: string[]) => `${lines.join('\n')}\n`;
const catches = (rule: string, lines: string[]) =>
  lintDockerfile(text(lines), { fragment: false }).findings.some((f) => f.rule === rule);
const known = new Set(allRules.map((rule) => rule.id));

type Case = [name: string, lines: string[], expectations: Array<[rule: string, caught: boolean]>];

const cases: Array<[group: string, Case[]]> = [
  ['Rules can be ignored with inline comments', [
    ['ignores single rule', ['FROM ubuntu', '# hadolint ignore=DL3002', 'USER root'],
      [['DL3002', false]]],
    ['ignores only the given rule', ['FROM scratch', '# hadolint ignore=DL3001', 'USER root'],
      [['DL3002', true]]],
    ['ignores only the given rule, when multiple passed',
      ['FROM scratch', '# hadolint ignore=DL3001,DL3002', 'USER root'], [['DL3002', false]]],
    ['ignores the rule only if directly above the instruction',
      ['# hadolint ignore=DL3001,DL3002', 'FROM ubuntu', 'USER root'], [['DL3002', true]]],
    ["won't ignore the rule if passed invalid rule names",
      ['FROM scratch', '# hadolint ignore=crazy,DL3002', 'USER root'], [['DL3002', true]]],
    ['ignores multiple rules correctly, even with some extra whitespace',
      ['FROM node as foo', '# hadolint ignore=DL3023, DL3021', 'COPY --from=foo bar baz .'],
      [['DL3023', false], ['DL3021', false]]],
  ]],
  ['Rules can be ignored per stage with stage ignore pragma', [
    ['ignore single rule', ['# hadolint stage ignore=DL3011', 'FROM ubuntu', 'EXPOSE 80000'],
      [['DL3011', false]]],
    ['stage ignore rule, but catch it in different stage 1',
      ['# hadolint stage ignore=DL3011', 'FROM ubuntu', 'EXPOSE 80000', 'FROM ubuntu',
        'EXPOSE 80000'], [['DL3011', true]]],
    ['stage ignore rule, but catch it in different stage 2',
      ['FROM ubuntu', 'EXPOSE 80000', '# hadolint stage ignore=DL3011', 'FROM ubuntu',
        'EXPOSE 80000'], [['DL3011', true]]],
    // Upstream checks DL3012 here (a typo for DL3002?); ported as written.
    ['ignore multiple rules',
      ['# hadolint stage ignore=DL3011,DL3002', 'FROM ubuntu', 'USER root', 'EXPOSE 80000'],
      [['DL3012', false], ['DL3011', false]]],
  ]],
  ['Rules can be ignored globally with global ignore pragma', [
    ['ignores single rule', ['# hadolint global ignore=DL3002', 'FROM ubuntu', 'USER root'],
      [['DL3002', false]]],
    ['ignores multiple rules correctly, even with some extra whitespace',
      ['# hadolint global ignore = DL3023 , DL3021', 'FROM node as foo',
        'COPY --from=foo bar baz .'], [['DL3023', false], ['DL3021', false]]],
  ]],
  ['A comment can follow in the same line as a pragma', [
    ['pragma followed just by space', ['FROM ubuntu', '# hadolint ignore=DL3002 ', 'USER root'],
      [['DL3002', false]]],
    ['ingore pragma with comment', ['FROM ubuntu', '# hadolint ignore=DL3002 # foobar',
      'USER root'], [['DL3002', false]]],
    // DL1001 (no inline pragmas, off by default) is not a shipshape rule: the case holds.
    ['shell pragma with comment', ['# hadolint shell=powershell # foobar', 'FROM ubuntu'],
      [['DL1001', false]]],
  ]],
];

describe('hadolint PragmaSpec.hs (8f936c5e)', () => {
  for (const [group, groupCases] of cases) {
    describe(group, () => {
      for (const [name, lines, expectations] of groupCases) {
        it(name, () => {
          for (const [rule, caught] of expectations) {
            expect(catches(rule, lines), `${rule} ${known.has(rule) ? '' : '(not in shipshape)'}`)
              .toBe(caught);
          }
        });
      }
    });
  }

  it('ports all 15 cases of the file', () => {
    expect(cases.flatMap(([, c]) => c)).toHaveLength(15);
  });
});

describe('what the pragmas silence, and where the site says so', () => {
  it('records the suppressed finding with the comment and its line', () => {
    const result = lintDockerfile(text(['FROM ubuntu', '# hadolint ignore=DL3002', 'USER root']),
      { fragment: false });
    const suppressed = result.suppressed.filter((f) => f.rule === 'DL3002');
    expect(suppressed).toEqual([expect.objectContaining({ line: 3,
      suppressedBy: { line: 2, text: 'hadolint ignore=DL3002' } })]);
  });

  it('applies an inline ignore to every line of a multi-line instruction', () => {
    const result = lintDockerfile(text(['FROM debian:12.5', '# hadolint ignore=DL3008,DL3015',
      'RUN apt-get update \\', ' && apt-get install -y curl']), { fragment: false });
    expect(result.findings.map((f) => f.rule)).not.toContain('DL3008');
    expect(result.suppressed.map((f) => [f.rule, f.line])).toEqual(
      expect.arrayContaining([['DL3008', 4], ['DL3015', 4]]));
  });

  it('does not reach past a second comment line (hadolint keys the line after the pragma)', () => {
    expect(catches('DL3002', ['FROM ubuntu', '# hadolint ignore=DL3002', '# why', 'USER root']))
      .toBe(true);
  });

  it('silences a related finding of the other rule set only when named', () => {
    const result = lintDockerfile(text(['FROM alpine:3.20', '# hadolint ignore=DL3025',
      'CMD echo hi']), { fragment: false });
    expect(result.findings.find((f) => f.rule === 'JSONArgsRecommended')?.related).toEqual([]);
    expect(result.suppressed.map((f) => f.rule)).toEqual(['DL3025']);
  });

  it('reads pragma syntax as hadolint does', () => {
    expect(parseIgnore('hadolint ignore=DL3008,SC2086')).toEqual(
      { scope: 'line', rules: ['DL3008', 'SC2086'] });
    expect(parseIgnore('hadolint global ignore = DL3008 , DL3009')).toEqual(
      { scope: 'global', rules: ['DL3008', 'DL3009'] });
    expect(parseIgnore('hadolint ignore=crazy,DL3002')).toBeUndefined();
    expect(parseIgnore('hadolint ignore=')).toBeUndefined();
    expect(parseIgnore('hadolintignore=DL3008')).toBeUndefined();
  });

  it('reads `# hadolint shell=` pragmas (`shellcheck/run-shells.ts` applies them)', () => {
    const model = parseDockerfile(text(['# hadolint shell=powershell # foobar', 'FROM ubuntu',
      'RUN a', '# hadolint shell=cmd', 'RUN d']));
    expect(readPragmas(model).shells.map((s) => [s.line, s.shell]))
      .toEqual([[1, 'powershell'], [4, 'cmd']]);
  });
});
