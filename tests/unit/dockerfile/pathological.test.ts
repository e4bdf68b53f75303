/**
 * The engine on pathological inputs (issue 11): each must finish, without an exception, under a
 * generous per-input time limit. No timing is asserted beyond that limit (timings belong in
 * `docs/benchmarks.md`, "Linter on pathological inputs"); before the fixes several of these took
 * 30 s to several minutes, or overflowed the stack, so a quadratic path comes back as a timeout.
 */
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../../src/dockerfile/lint.ts';

const rep = (n: number, line: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => line(i)).join('\n');
const deep = (n: number, open: string, close: string) =>
  open.repeat(n) + 'x' + close.repeat(n);
const END = '\nCMD ["true"]\n';

/** name, Dockerfile text, what the findings must show. */
const CASES: Array<[string, string, (rules: string[]) => void]> = [
  ['100 000 `RUN true` lines', `FROM alpine\n${rep(100_000, () => 'RUN true')}${END}`,
    (rules) => expect(rules.filter((r) => r === 'DL3059')).toHaveLength(99_999)],
  ['20 000 `&&` in one RUN', `FROM alpine\nRUN true${' && true'.repeat(20_000)}${END}`,
    (rules) => expect(rules).not.toContain('SS000')],
  ['20 000 `&&` over continuation lines',
    `FROM alpine\nRUN true${' \\\n && true'.repeat(20_000)}${END}`,
    (rules) => expect(rules).not.toContain('SS000')],
  ['a 100 000-line heredoc', `FROM alpine\nRUN <<EOF\n${rep(100_000, () => 'echo hi')}\nEOF${END}`,
    (rules) => expect(rules).not.toContain('SS000')],
  ['10 000 heredocs', `FROM alpine\n${rep(10_000, () => 'RUN <<EOF\necho hi\nEOF')}${END}`,
    (rules) => expect(rules).toContain('DL3059')],
  ['5 000 stages', `FROM alpine AS s0\n${rep(5_000, (i) =>
    `FROM alpine AS s${i + 1}\nCOPY --from=s${i} /a /a`)}${END}`,
    (rules) => expect(rules).toContain('DL3006')],
  ['2 000 stages, each built on the one before',
    `FROM alpine AS s0\n${rep(2_000, (i) => `FROM s${i} AS s${i + 1}\nENV X${i}=1`)}${END}`,
    (rules) => expect(rules).not.toContain('SS000')],
  ['20 000 ARG and 20 000 ENV', `FROM alpine\n${rep(20_000, (i) =>
    `ARG A${i}=\${A${i ? i - 1 : 0}}\nENV E${i}=$A${i}`)}${END}`,
    (rules) => expect(rules).toContain('UndefinedVar')],
  ['an ARG naming 300 000 variables',
    `FROM alpine\nARG ${rep(300_000, (i) => `a${i}`).replaceAll('\n', ' ')}${END}`,
    (rules) => expect(rules).not.toContain('SS000')],
  ['20 000 CMD', `FROM alpine\n${rep(20_000, () => 'CMD true')}\n`,
    (rules) => expect(rules.filter((r) => r === 'DL4003')).toHaveLength(19_999)],
  // JSONArgsRecommended looked for a SHELL through every instruction once per CMD: 20 000
  // CMDs took 17 s (quadratic, under the limit); 60 000 would take minutes.
  ['60 000 shell-form ENTRYPOINT', `FROM alpine\n${rep(60_000, () => 'ENTRYPOINT run')}\n`,
    (rules) => expect(rules.filter((r) => r === 'JSONArgsRecommended')).toHaveLength(60_000)],
  ['40 000 findings', `FROM ubuntu\n${rep(20_000, () =>
    'RUN cd /x && sudo apt-get install curl')}\nCMD true\n`,
    // Two findings per RUN (DL3003, DL3004); no longer DL3059 as well: each RUN chains two
    // commands, which hadolint takes for a deliberate split.
    (rules) => expect(rules.length).toBeGreaterThan(40_000)],
  ['a 1 MB line', `FROM alpine\nRUN echo ${'a'.repeat(1_000_000)}${END}`,
    (rules) => expect(rules).not.toContain('SS000')],
  ['10 000-deep `${a:-…}` in ENV',
    `FROM alpine\nARG a\nENV b=${deep(10_000, '${a:-', '}')}${END}`,
    (rules) => expect(rules).toContain('SS000')],
  ['10 000-deep `${a:-…}` in FROM', `ARG a\nFROM ${deep(10_000, '${a:-', '}')}${END}`,
    (rules) => expect(rules).toContain('SS000')],
  ['10 000-deep `${a:-…}` in RUN (the shell reads it)',
    `FROM alpine\nRUN echo ${deep(10_000, '${a:-', '}')}${END}`,
    (rules) => expect(rules).not.toContain('SS000')],
  ['10 000-deep `$( … )`', `FROM alpine\nRUN echo ${deep(10_000, '$( echo ', ' )')}${END}`,
    (rules) => expect(rules).toContain('SS001')],
  ['5 000-deep `"$( … )"`', `FROM alpine\nRUN echo ${deep(5_000, '"$(echo ', ')"')}${END}`,
    (rules) => expect(rules).toContain('SS001')],
  ['10 000-deep `( … )`', `FROM alpine\nRUN ${deep(10_000, '( ', ' )')}${END}`,
    (rules) => expect(rules).toContain('SS001')],
  // The shell reader (`parse/shell-commands.ts`) reads a word's brace expansions in one pass
  // and appends their text once; when each `{` rescanned the word, 20 000 and 5 000 of these
  // took 1.7 s and 4.1 s (quadratic: minutes at these sizes).
  ['100 000 brace expansions in one word',
    `FROM alpine\nRUN echo ${'{a,b}'.repeat(100_000)}${END}`,
    (rules) => expect(rules).not.toContain('SS000')],
  ['50 000 unclosed braces in one word', `FROM alpine\nRUN echo ${'{a,'.repeat(50_000)}${END}`,
    (rules) => expect(rules).not.toContain('SS000')],
];

describe('lint on pathological inputs', () => {
  for (const [name, text, check] of CASES) {
    it(`finishes on ${name}`, { timeout: 30_000 }, () => {
      const { findings } = lintDockerfile(text, { fragment: false });
      check(findings.map((f) => f.rule));
    });
  }

  it('says how deep the nesting is and where the limit is', () => {
    const text = `FROM alpine:3.20\nARG a\nLABEL x=${deep(100, '${a:-', '}')}\n` +
      `LABEL y=${deep(64, '${a:-', '}')}\n`;
    const { findings } = lintDockerfile(text, { fragment: false });
    const nesting = findings.filter((f) => f.rule === 'SS000');
    expect(nesting.map((f) => [f.line, f.message.slice(0, 44)])).toEqual([
      [3, 'Variable substitution nested 100 levels deep'],
    ]);
    expect(nesting[0]?.message).toContain('at most 64 levels');
  });
});
