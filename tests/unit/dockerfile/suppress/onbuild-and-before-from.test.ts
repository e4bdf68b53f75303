/**
 * ONBUILD triggers and instructions before the first FROM, as hadolint lints them.
 *
 * Hadolint's rule specs check many rules a second time with every RUN wrapped in ONBUILD
 * (`onBuildRuleCatches`, `onBuildRuleCatchesNot` in test/Helpers.hs). Every such call of
 * test/Hadolint/Rule/*Spec.hs at hadolint 8f936c5e975d3663b3cce4ac5b3baa3db26b8516 is in
 * `hadolint-onbuild-cases.json` (file, line, rule, verdict, Dockerfile text). Here each is run
 * with its RUN lines prefixed by `ONBUILD `, for the rules shipshape has, and must get upstream's
 * verdict. `DISAGREE` lists the cases that do not, each because shipshape's rule already differs
 * from upstream on the plain RUN (rule fixes, not an ONBUILD matter: see rules-hadolint-*.test.ts);
 * a case that starts to agree fails here too, so the list stays true.
 */
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../../../src/dockerfile/lint.ts';
import { allRules } from '../../../../src/dockerfile/rules/index.ts';
import upstream from './hadolint-onbuild-cases.json' with { type: 'json' };

interface Case { file: string; line: number; rule: string; catches: boolean; dockerfile: string }

const known = new Set(allRules.map((rule) => rule.id));
const caught = (rule: string, text: string) =>
  lintDockerfile(text, { fragment: false }).findings.some((f) => f.rule === rule);

/** hadolint's `wrapInOnBuild`: each RUN instruction becomes `ONBUILD RUN`. */
function wrapRuns(text: string): string {
  let continued = false;
  return text.split('\n').map((line) => {
    const starts = !continued && /^\s*RUN\b/i.test(line);
    continued = /\\\s*$/.test(line);
    return starts ? `ONBUILD ${line.trimStart()}` : line;
  }).join('\n');
}

/** `file:line` of the cases where shipshape's ONBUILD verdict is not upstream's. */
const DISAGREE = new Set<string>([
  // DL3009: `apt`/`aptitude` and tmpfs mounts are not covered yet (issue 13, known disagreements).
  'DL3009Spec.hs:144', 'DL3009Spec.hs:155', 'DL3009Spec.hs:166', 'DL3009Spec.hs:186',
  'DL3009Spec.hs:204',
  // DL3013 is not silent on `pipenv install`; DL3014 takes a single `-q` for yes; DL3018 does
  // not read quoted version ranges (issue 13, known disagreements).
  'DL3013Spec.hs:170', 'DL3014Spec.hs:20', 'DL3014Spec.hs:23', 'DL3014Spec.hs:53',
  'DL3018Spec.hs:62',
]);

describe(`hadolint onBuildRuleCatches cases (${upstream.commit.slice(0, 8)})`, () => {
  const cases = (upstream.cases as Case[]).filter((c) => known.has(c.rule));
  for (const c of cases) {
    const where = `${c.file.replace(/^.*\//, '')}:${c.line}`;
    it(`${where} ${c.rule} ${c.catches ? 'catches' : 'silent'}`, () => {
      const wrapped = caught(c.rule, wrapRuns(c.dockerfile));
      expect(wrapped === c.catches, 'agrees with upstream').toBe(!DISAGREE.has(where));
    });
  }

  it('counts the cases', () => {
    expect(upstream.cases).toHaveLength(366);
    expect({ shipshapeRules: cases.length, disagree: DISAGREE.size })
      .toEqual({ shipshapeRules: 146, disagree: 10 });
  });
});

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
