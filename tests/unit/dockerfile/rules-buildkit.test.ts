/**
 * Unit tests for the BuildKit build checks: for each rule, Dockerfiles it must fire on (with the
 * lines) and near misses it must stay silent on, then each rule's own bad and good examples.
 */
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../src/dockerfile/rule.ts';
import { rule as consistentInstructionCasing } from
  '../../../src/dockerfile/rules/buildkit-consistent-instruction-casing.ts';
import { rule as duplicateStageName } from
  '../../../src/dockerfile/rules/buildkit-duplicate-stage-name.ts';
import { rule as fromAsCasing } from '../../../src/dockerfile/rules/buildkit-from-as-casing.ts';
import { rule as jsonArgsRecommended } from
  '../../../src/dockerfile/rules/buildkit-json-args-recommended.ts';
import { rule as legacyKeyValueFormat } from
  '../../../src/dockerfile/rules/buildkit-legacy-key-value-format.ts';
import { rule as maintainerDeprecated } from
  '../../../src/dockerfile/rules/buildkit-maintainer-deprecated.ts';
import { rule as multipleInstructionsDisallowed } from
  '../../../src/dockerfile/rules/buildkit-multiple-instructions-disallowed.ts';
import { rule as secretsUsedInArgOrEnv } from
  '../../../src/dockerfile/rules/buildkit-secrets-used-in-arg-or-env.ts';
import { rule as stageNameCasing } from
  '../../../src/dockerfile/rules/buildkit-stage-name-casing.ts';
import { rule as undefinedArgInFrom } from
  '../../../src/dockerfile/rules/buildkit-undefined-arg-in-from.ts';
import { rule as undefinedVar } from '../../../src/dockerfile/rules/buildkit-undefined-var.ts';
import { rule as workdirRelativePath } from
  '../../../src/dockerfile/rules/buildkit-workdir-relative-path.ts';
import { described, firedLines, runRule } from './run-rule.ts';

interface Case {
  name: string;
  text: string;
  /** Lines the rule fires on; silent cases leave it out. */
  lines?: number[];
}

interface Table {
  rule: Rule;
  fires: Case[];
  silent: Case[];
}

const tables: Table[] = [
  {
    rule: fromAsCasing,
    fires: [
      { name: 'FROM … as', text: 'FROM x as y\n', lines: [1] },
      { name: 'from … AS', text: 'from x AS y\n', lines: [1] },
      { name: 'FROM … As, second stage', text: 'FROM a AS b\nFROM x As y\n', lines: [2] },
      { name: 'with --platform', text: 'FROM --platform=$BUILDPLATFORM x as y\n', lines: [1] },
    ],
    silent: [
      { name: 'FROM … AS', text: 'FROM x AS y\n' },
      { name: 'from … as', text: 'from x as y\n' },
      { name: 'mixed From is left to casing', text: 'From x as y\n' },
      { name: 'no stage name', text: 'FROM x\n' },
    ],
  },
  {
    rule: stageNameCasing,
    fires: [
      { name: 'capitalized', text: 'FROM x AS Build\n', lines: [1] },
      { name: 'all caps', text: 'FROM x AS BUILD\nFROM y AS run\n', lines: [1] },
      { name: 'lowercase keyword', text: 'from x as bUild\n', lines: [1] },
    ],
    silent: [
      { name: 'lowercase name', text: 'FROM x AS build\n' },
      { name: 'unnamed stage', text: 'FROM Node:22\n' },
      { name: 'digits and dashes', text: 'FROM x AS build-2.x_y\n' },
    ],
  },
  {
    rule: jsonArgsRecommended,
    fires: [
      { name: 'shell-form CMD', text: 'FROM x\nCMD python app.py\n', lines: [2] },
      { name: 'shell-form ENTRYPOINT', text: 'FROM x\nENTRYPOINT ./run.sh start\n', lines: [2] },
      { name: 'SHELL after CMD does not count',
        text: 'FROM x\nCMD run\nSHELL ["/bin/bash", "-c"]\n', lines: [2] },
      { name: 'SHELL in an unrelated stage',
        text: 'FROM x AS a\nSHELL ["/bin/bash", "-c"]\nFROM y\nCMD run\n', lines: [4] },
      { name: 'snippet', text: 'COPY . .\nCMD npm start\n', lines: [2] },
    ],
    silent: [
      { name: 'exec form', text: 'FROM x\nCMD ["python", "app.py"]\n' },
      { name: 'explicit SHELL', text: 'FROM x\nSHELL ["/bin/bash", "-c"]\nCMD echo hi\n' },
      { name: 'SHELL inherited from the parent stage',
        text: 'FROM x AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nENTRYPOINT run\n' },
      { name: 'RUN in shell form', text: 'FROM x\nRUN echo hi\n' },
    ],
  },
  {
    rule: legacyKeyValueFormat,
    fires: [
      { name: 'ENV key value', text: 'FROM x\nENV APP_HOME /app\n', lines: [2] },
      { name: 'LABEL key value', text: 'FROM x\nLABEL maintainer jane\n', lines: [2] },
      { name: 'multi-line ENV', text: 'FROM x\nENV DEPS \\\n    curl \\\n    git\n', lines: [2] },
    ],
    silent: [
      { name: 'ENV key=value', text: 'FROM x\nENV APP_HOME=/app\n' },
      { name: 'several pairs', text: 'FROM x\nENV A=1 B="two words"\nLABEL a=b c=d\n' },
      { name: 'ARG with two names', text: 'FROM x\nARG foo bar\n' },
      { name: 'quoted multi-line value', text: 'FROM x\nENV DEPS="\\\n    curl \\\n    git"\n' },
    ],
  },
  {
    rule: undefinedVar,
    fires: [
      { name: 'COPY of an undeclared var', text: 'FROM alpine AS base\nCOPY $foo .\n',
        lines: [2] },
      { name: 'ARG default', text: 'FROM alpine\nARG VERSION=$foo\n', lines: [2] },
      { name: 'typo in ENV', text: 'FROM alpine\nENV PATH=$PAHT:/app/bin\n', lines: [2] },
      { name: 'same ENV cannot use its own earlier pair',
        text: 'FROM alpine\nENV A=1 B=$A\n', lines: [2] },
      { name: 'platform arg without ARG in the stage',
        text: 'FROM alpine\nCOPY bin-${TARGETARCH} /app\n', lines: [2] },
      { name: 'global ARG not redeclared',
        text: 'ARG VERSION=1\nFROM alpine\nLABEL version=$VERSION\n', lines: [3] },
      { name: 'used before its ARG', text: 'FROM alpine\nWORKDIR /$DIR\nARG DIR=app\n',
        lines: [2] },
      { name: 'default form still reads the variable',
        text: 'FROM alpine\nUSER ${APP_USER:-app}\n', lines: [2] },
    ],
    silent: [
      { name: 'declared ARG', text: 'FROM alpine AS base\nARG foo\nCOPY $foo .\n' },
      { name: 'PATH is always set', text: 'FROM alpine\nENV PATH=$PATH:/app/bin\n' },
      { name: 'base image ENV', text: 'FROM python AS base\nARG VERSION=$PYTHON_VERSION\n' },
      { name: 'RUN is shell text', text: 'FROM alpine\nRUN echo $HOME $foo\n' },
      { name: 'CMD is shell text', text: 'FROM alpine\nCMD echo $foo\n' },
      { name: 'single quotes', text: "FROM alpine\nLABEL note='costs $5'\n" },
      { name: 'escaped dollar', text: 'FROM alpine\nLABEL note=\\$foo\n' },
      { name: 'platform arg redeclared',
        text: 'FROM alpine\nARG TARGETARCH\nCOPY bin-$TARGETARCH /\n' },
      { name: 'global ARG redeclared', text: 'ARG V=1\nFROM alpine\nARG V\nLABEL v=$V\n' },
      { name: 'ENV and ARG of the parent stage',
        text: 'FROM alpine AS base\nARG A=1\nENV B=2\nFROM base\nLABEL a=$A b=$B\n' },
      { name: 'earlier ARG of the same line', text: 'FROM alpine\nARG A=1 B=$A\n' },
      { name: 'unknown base image may set it', text: 'FROM example.com/team/base\nCOPY $APP .\n' },
    ],
  },
  {
    rule: undefinedArgInFrom,
    fires: [
      { name: 'undeclared', text: 'FROM python:${VERSION}-slim\n', lines: [1] },
      { name: 'typo', text: 'ARG PYTHON_VERSION=3.13\nFROM python:${PYTON_VERSION}\n', lines: [2] },
      { name: 'declared only in a stage', text: 'FROM alpine\nARG BASE=x\nFROM $BASE\n',
        lines: [3] },
      { name: 'undeclared platform', text: 'FROM --platform=$PLATFORM alpine\n', lines: [1] },
    ],
    silent: [
      { name: 'build platform', text: 'FROM --platform=$BUILDPLATFORM golang:1.23\n' },
      { name: 'global ARG', text: 'ARG V=3.13\nFROM python:${V}-slim\n' },
      { name: 'global ARG without default', text: 'ARG BASE\nFROM ${BASE}\n' },
      { name: 'no variables', text: 'FROM alpine:3.20\n' },
      { name: 'target arch', text: 'FROM alpine-${TARGETARCH}\n' },
    ],
  },
  {
    rule: workdirRelativePath,
    fires: [
      { name: 'relative first WORKDIR', text: 'FROM nginx\nWORKDIR usr/share/nginx/html\n',
        lines: [2] },
      { name: 'dot-relative', text: 'FROM x\nWORKDIR ./build\nWORKDIR /app\n', lines: [2] },
      { name: 'per stage', text: 'FROM x AS a\nWORKDIR /a\nFROM y\nWORKDIR app\n', lines: [4] },
      { name: 'only the first relative one counts', text: 'FROM x\nWORKDIR a\nWORKDIR b\n',
        lines: [2] },
      { name: 'variable resolving to a relative path',
        text: 'FROM x\nARG DIR=app\nWORKDIR $DIR\n', lines: [3] },
    ],
    silent: [
      { name: 'absolute', text: 'FROM x\nWORKDIR /app\n' },
      { name: 'relative after an absolute', text: 'FROM x\nWORKDIR /app\nWORKDIR src\n' },
      { name: 'inherited from the parent stage',
        text: 'FROM x AS base\nWORKDIR /app\nFROM base\nWORKDIR src\n' },
      { name: 'unknown variable', text: 'FROM x\nWORKDIR $HOME/app\n' },
      { name: 'absolute variable', text: 'FROM x\nARG DIR=/srv\nWORKDIR ${DIR}/app\n' },
    ],
  },
  {
    rule: duplicateStageName,
    fires: [
      { name: 'same name', text: 'FROM a AS build\nFROM b AS build\n', lines: [2] },
      { name: 'case-insensitive', text: 'FROM a AS build\nFROM b AS Build\n', lines: [2] },
      { name: 'three times', text: 'FROM a AS x\nFROM b AS x\nFROM c AS x\n', lines: [2, 3] },
    ],
    silent: [
      { name: 'distinct names', text: 'FROM a AS deps\nFROM b AS build\n' },
      { name: 'unnamed stages', text: 'FROM a\nFROM a\n' },
      { name: 'image named like a stage', text: 'FROM build AS build2\nFROM b AS build\n' },
    ],
  },
  {
    rule: multipleInstructionsDisallowed,
    fires: [
      { name: 'two CMDs: the first is dead', text: 'FROM x\nCMD ["a"]\nCMD ["b"]\n',
        lines: [2] },
      { name: 'three ENTRYPOINTs', text: 'FROM x\nENTRYPOINT a\nENTRYPOINT b\nENTRYPOINT c\n',
        lines: [2, 3] },
      { name: 'two HEALTHCHECKs', text: 'FROM x\nHEALTHCHECK NONE\nHEALTHCHECK CMD true\n',
        lines: [2] },
    ],
    silent: [
      { name: 'one of each', text: 'FROM x\nENTRYPOINT ["a"]\nCMD ["b"]\nHEALTHCHECK NONE\n' },
      { name: 'one CMD per stage', text: 'FROM x AS a\nCMD ["a"]\nFROM y\nCMD ["b"]\n' },
      { name: 'HEALTHCHECK CMD is not a CMD',
        text: 'FROM x\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nCMD ["serve"]\n' },
    ],
  },
  {
    rule: maintainerDeprecated,
    fires: [
      { name: 'MAINTAINER', text: 'FROM x\nMAINTAINER Jane <jane@example.com>\n', lines: [2] },
      { name: 'lowercase', text: 'from x\nmaintainer jane\n', lines: [2] },
      { name: 'in two stages', text: 'FROM x\nMAINTAINER a\nFROM y\nMAINTAINER b\n',
        lines: [2, 4] },
    ],
    silent: [
      { name: 'authors label', text: 'FROM x\nLABEL org.opencontainers.image.authors=jane\n' },
      { name: 'maintainer label', text: 'FROM x\nLABEL maintainer=jane\n' },
      { name: 'word in a RUN', text: 'FROM x\nRUN echo MAINTAINER\n' },
    ],
  },
  {
    rule: secretsUsedInArgOrEnv,
    fires: [
      { name: 'AWS keys', text: 'FROM x\nARG AWS_ACCESS_KEY_ID\nARG AWS_SECRET_ACCESS_KEY\n',
        lines: [2, 3] },
      { name: 'ENV password', text: 'FROM x\nENV DB_PASSWORD=hunter2\n', lines: [2] },
      { name: 'token alone, lowercase', text: 'FROM x\nARG token\n', lines: [2] },
      { name: 'one of several pairs', text: 'FROM x\nENV A=1 GITHUB_TOKEN=abc\n', lines: [2] },
    ],
    silent: [
      { name: 'public key', text: 'FROM x\nENV PUBLIC_KEY=abc\n' },
      { name: 'token inside a word', text: 'FROM x\nARG MONKEY\nENV KEYBOARD=us TOKENS=3\n' },
      { name: 'global ARG', text: 'ARG NPM_TOKEN\nFROM x\n' },
      { name: 'secret mount',
        text: 'FROM x\nRUN --mount=type=secret,id=token cat /run/secrets/token\n' },
    ],
  },
  {
    rule: consistentInstructionCasing,
    fires: [
      { name: 'lowercase minority', text: 'FROM x\nrun a\nCOPY . .\n', lines: [2] },
      { name: 'uppercase minority', text: 'from x\nrun a\nCOPY . .\n', lines: [3] },
      { name: 'mixed case always', text: 'FROM x\nRun a\n', lines: [2] },
      { name: 'tie goes to uppercase', text: 'FROM x\nrun a\n', lines: [2] },
    ],
    silent: [
      { name: 'all uppercase', text: 'FROM x\nRUN a\nCOPY . .\n' },
      { name: 'all lowercase', text: 'from x\nrun a\ncopy . .\n' },
      { name: 'global ARG is not counted', text: 'arg V=1\nFROM x:$V\nRUN a\n' },
    ],
  },
];

describe.each(tables)('$rule.id', ({ rule, fires, silent }) => {
  it.each(fires)('fires: $name', ({ text, lines }) => {
    expect(firedLines(rule, text)).toEqual(lines);
  });

  it.each(silent)('silent: $name', ({ text }) => {
    expect(firedLines(rule, text)).toEqual([]);
  });

  it('fires on its bad example and not on its good one', () => {
    expect(firedLines(rule, described(rule).examples.bad).length).toBeGreaterThan(0);
    expect(firedLines(rule, described(rule).examples.good)).toEqual([]);
  });

  it('is a BuildKit warning linking to its build-check page', () => {
    expect(rule.source).toBe('buildkit');
    expect(rule.severity).toBe('warning');
    // Docker's pages split acronyms too: JSONArgsRecommended → json-args-recommended.
    const slug = rule.id.replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();
    expect(described(rule).upstreamUrl)
      .toBe(`https://docs.docker.com/reference/build-checks/${slug}/`);
  });
});

describe('messages', () => {
  it('UndefinedVar suggests a close spelling', () => {
    const [hit] = runRule(undefinedVar, 'FROM alpine\nENV PATH=$PAHT:/app/bin\n');
    expect(hit?.message).toContain('did you mean $PATH?');
  });

  it('UndefinedArgInFrom suggests the declared ARG', () => {
    const [hit] = runRule(undefinedArgInFrom,
      'ARG PYTHON_VERSION=3.13\nFROM python:${PYTON_VERSION}\n');
    expect(hit?.message).toContain('did you mean PYTHON_VERSION?');
  });

  it('JSONArgsRecommended spells out the exec form', () => {
    const [hit] = runRule(jsonArgsRecommended, 'FROM x\nCMD python app.py\n');
    expect(hit?.message).toContain('`CMD ["python", "app.py"]`');
  });

  it('LegacyKeyValueFormat spells out the key=value form', () => {
    const [hit] = runRule(legacyKeyValueFormat, 'FROM x\nENV GREETING hello world\n');
    expect(hit?.message).toContain('`ENV GREETING="hello world"`');
  });

  it('MultipleInstructionsDisallowed names the line that wins', () => {
    const [hit] = runRule(multipleInstructionsDisallowed, 'FROM x\nCMD ["a"]\nCMD ["b"]\n');
    expect(hit?.message).toContain('line 3');
  });
});
