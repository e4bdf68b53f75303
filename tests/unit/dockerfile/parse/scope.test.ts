/**
 * Tests for the analyse stage, Dockerfile engine: variablesInScope (Docker's ARG/ENV scoping) and
 * substituteVariables.
 */
import { describe, it, expect } from 'vitest';
import type { DockerfileModel, Instruction, Variable } from '../../../../src/dockerfile/model.ts';
import { parseDockerfile } from '../../../../src/dockerfile/parse/parse-dockerfile.ts';
import { substituteVariables, variablesInScope } from '../../../../src/dockerfile/scope.ts';

function at(model: DockerfileModel, line: number): Instruction {
  const found = model.instructions.find((i) => i.line === line);
  if (!found) throw new Error(`no instruction on line ${line}`);
  return found;
}

function values(model: DockerfileModel, line: number): Record<string, string | undefined> {
  const scope = variablesInScope(model, at(model, line));
  return Object.fromEntries([...scope].map(([name, v]) => [name, v.value]));
}

function vars(entries: Record<string, string | undefined>): Map<string, Variable> {
  return new Map(Object.entries(entries).map(([name, value]) => [
    name, { name, value, kind: 'ARG', line: 1, stage: -1 } satisfies Variable,
  ]));
}

describe('variablesInScope', () => {
  const model = parseDockerfile([
    'ARG VERSION=3.13', //                 1
    'ARG DISTRO=alpine', //                2
    'FROM python:${VERSION}-${DISTRO} AS base', // 3
    'RUN echo $VERSION', //                4
    'ARG VERSION', //                      5
    'ENV APP=/app', //                     6
    'RUN echo $VERSION $APP', //           7
    'ARG LOCAL=1', //                      8
    'FROM base AS test', //                9
    'RUN echo $APP', //                    10
    'FROM scratch', //                     11
    'COPY --from=test /app /app', //       12
    '',
  ].join('\n'));

  it('shows global ARGs to FROM only', () => {
    expect(values(model, 3)).toEqual({ VERSION: '3.13', DISTRO: 'alpine' });
    expect(values(model, 4)).toEqual({});
  });

  it('re-imports a global default with a bare ARG, and shows later ENV', () => {
    expect(values(model, 7)).toEqual({ VERSION: '3.13', APP: '/app' });
  });

  it('gives a stage built FROM another stage its ENV but not its ARGs', () => {
    expect(values(model, 10)).toEqual({ APP: '/app' });
  });

  it('starts a fresh stage empty', () => {
    expect(values(model, 12)).toEqual({});
  });

  it('shows only globals declared before a global instruction', () => {
    expect(values(model, 2)).toEqual({ VERSION: '3.13' });
  });

  it('lets ENV win over a later ARG of the same name', () => {
    const m = parseDockerfile('FROM x\nENV A=env\nARG A=arg\nRUN echo $A\n');
    expect(values(m, 4)).toEqual({ A: 'env' });
    const n = parseDockerfile('FROM x\nARG A=arg\nENV A=env\nRUN echo $A\n');
    expect(values(n, 4)).toEqual({ A: 'env' });
  });

  it('inherits ENV by stage index too', () => {
    const m = parseDockerfile('FROM x\nENV P=1\nFROM 0\nRUN echo $P\n');
    expect(values(m, 4)).toEqual({ P: '1' });
  });

  it('keeps instructions of a snippet with globals only', () => {
    const m = parseDockerfile('ARG A=1\nRUN echo $A\n');
    expect(values(m, 2)).toEqual({ A: '1' });
  });
});

describe('substituteVariables', () => {
  const known = vars({ A: 'one', EMPTY: '', NOVALUE: undefined });

  it('replaces $V and ${V}', () => {
    expect(substituteVariables('$A-${A}/x', known)).toBe('one-one/x');
  });

  it('leaves unknown variables as written', () => {
    expect(substituteVariables('$NOPE ${NOPE} ${NOPE:-d}', known)).toBe('$NOPE ${NOPE} ${NOPE:-d}');
  });

  it('leaves a declared ARG without value as written in the plain forms', () => {
    expect(substituteVariables('$NOVALUE ${NOVALUE}', known)).toBe('$NOVALUE ${NOVALUE}');
  });

  it('handles :- and -', () => {
    expect(substituteVariables('${A:-d} ${EMPTY:-d} ${NOVALUE:-d}', known)).toBe('one d d');
    expect(substituteVariables('${A-d}|${EMPTY-d}|${NOVALUE-d}', known)).toBe('one||d');
  });

  it('handles :+ and +', () => {
    expect(substituteVariables('${A:+x}|${EMPTY:+x}|${NOVALUE:+x}', known)).toBe('x||');
    expect(substituteVariables('${EMPTY+x}', known)).toBe('x');
  });

  it('expands a default that holds a variable', () => {
    expect(substituteVariables('${NOVALUE:-${A}}', known)).toBe('one');
  });

  it('keeps escaped dollars and lone dollar signs', () => {
    expect(substituteVariables('\\$A costs $5 $', known)).toBe('\\$A costs $5 $');
  });

  it('stops at non-name characters', () => {
    expect(substituteVariables('$A.tar.gz $A_B', known)).toBe('one.tar.gz $A_B');
  });
});
