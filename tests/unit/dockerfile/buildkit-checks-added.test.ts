/**
 * Unit tests for the BuildKit build checks added after the first twelve (CopyIgnoredFile,
 * ExposeProtoCasing, ExposeInvalidFormat, InvalidDefaultArgInFrom, NoEmptyContinuation,
 * RedundantTargetPlatform, ReservedStageName, FromPlatformFlagConstDisallowed,
 * InvalidDefinitionDescription) and SecretsUsedInArgOrEnv's allow-list: Dockerfiles each must
 * fire on (with the lines) and near misses it must stay silent on, beyond BuildKit's own cases
 * (`buildkit-suite/`); then each rule's bad and good examples, and the `.dockerignore` matcher
 * against patternmatcher's behaviour.
 */
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../src/dockerfile/rule.ts';
import { exampleLintOptions } from '../../../src/dockerfile/rule-examples.ts';
import { rule as copyIgnoredFile } from
  '../../../src/dockerfile/rules/buildkit-copy-ignored-file.ts';
import { rule as exposeInvalidFormat } from
  '../../../src/dockerfile/rules/buildkit-expose-invalid-format.ts';
import { rule as exposeProtoCasing } from
  '../../../src/dockerfile/rules/buildkit-expose-proto-casing.ts';
import { rule as fromPlatformConst } from
  '../../../src/dockerfile/rules/buildkit-from-platform-flag-const-disallowed.ts';
import { rule as invalidDefaultArg } from
  '../../../src/dockerfile/rules/buildkit-invalid-default-arg-in-from.ts';
import { rule as invalidDescription } from
  '../../../src/dockerfile/rules/buildkit-invalid-definition-description.ts';
import { rule as noEmptyContinuation } from
  '../../../src/dockerfile/rules/buildkit-no-empty-continuation.ts';
import { rule as redundantTargetPlatform } from
  '../../../src/dockerfile/rules/buildkit-redundant-target-platform.ts';
import { rule as reservedStageName } from
  '../../../src/dockerfile/rules/buildkit-reserved-stage-name.ts';
import { rule as secrets } from
  '../../../src/dockerfile/rules/buildkit-secrets-used-in-arg-or-env.ts';
import { IgnoreMatcher, readIgnorePatterns } from
  '../../../src/dockerfile/rules-shared/dockerignore.ts';
import { described, firedLines, runRule, type RunOptions } from './run-rule.ts';

interface Case {
  name: string;
  text: string;
  lines?: number[];
  dockerignore?: string;
}

const tables: Array<{ rule: Rule; fires: Case[]; silent: Case[] }> = [
  { rule: copyIgnoredFile,
    fires: [
      { name: 'a file under an ignored folder', dockerignore: 'tests/\n',
        text: 'FROM x\nCOPY tests/unit/a.py /t/\n', lines: [2] },
      { name: 'a ** pattern', dockerignore: '**/*.md\n', text: 'FROM x\nCOPY docs/a.md /d/\n',
        lines: [2] },
      { name: 'a variable in scope', dockerignore: 'secret.txt\n',
        text: 'FROM x\nARG F=secret.txt\nCOPY $F /s\n', lines: [3] },
      { name: 'an ignored source in exec form', dockerignore: '.env\n',
        text: 'FROM x\nCOPY [".env", "/app/"]\n', lines: [2] },
    ],
    silent: [
      { name: 'folder unknown', text: 'FROM x\nCOPY .env /app/\n' },
      { name: 'an exception in the file', dockerignore: '*.md\n!README.md\n',
        text: 'FROM x\nCOPY CHANGES.md /d/\n' },
      { name: 'COPY --from', dockerignore: 'out\n',
        text: 'FROM x AS b\nFROM y\nCOPY --from=b out /o\n' },
      { name: 'a URL', dockerignore: '*\n', text: 'FROM x\nADD https://e.org/a.tgz /a\n' },
      { name: 'a heredoc', dockerignore: '*\n', text: 'FROM x\nCOPY <<EOF /a\nhi\nEOF\n' },
      { name: 'an unknown variable', dockerignore: 'a\n', text: 'FROM x\nCOPY $NOPE /a\n' },
      { name: 'the context root and .*', dockerignore: '.*\n', text: 'FROM x\nCOPY . /app\n' },
    ] },
  { rule: exposeProtoCasing,
    fires: [
      { name: 'TCP', text: 'FROM x\nEXPOSE 80/TCP\n', lines: [2] },
      { name: 'Udp over two ports', text: 'FROM x\nEXPOSE 53/Udp 54/UDP\n', lines: [2, 2] },
      { name: 'from an ENV', text: 'FROM x\nENV P=80/TCP\nEXPOSE $P\n', lines: [3] },
    ],
    silent: [
      { name: 'lowercase', text: 'FROM x\nEXPOSE 80/tcp 53/udp 9/sctp\n' },
      { name: 'no protocol', text: 'FROM x\nEXPOSE 80\n' },
      { name: 'an invalid protocol is a build error instead', text: 'FROM x\nEXPOSE 80/FOO\n' },
    ] },
  { rule: exposeInvalidFormat,
    fires: [
      { name: 'host:container', text: 'FROM x\nEXPOSE 8080:80\n', lines: [2] },
      { name: 'ip:host:container/proto', text: 'FROM x\nEXPOSE 0.0.0.0:53:53/udp\n', lines: [2] },
    ],
    silent: [
      { name: 'a port', text: 'FROM x\nEXPOSE 80\n' },
      { name: 'a range', text: 'FROM x\nEXPOSE 8000-8010/tcp\n' },
      { name: 'an unknown variable', text: 'FROM x\nEXPOSE $PORTS\n' },
    ] },
  { rule: invalidDefaultArg,
    fires: [
      { name: 'ARG without default', text: 'ARG V\nFROM python:${V}\n', lines: [2] },
      { name: 'uppercase image', text: 'ARG I=Alpine\nFROM $I\n', lines: [2] },
      { name: 'undeclared makes an empty tag', text: 'FROM node:$NOPE\n', lines: [1] },
    ],
    silent: [
      { name: 'default given', text: 'ARG V=3.13\nFROM python:${V}-slim\n' },
      { name: 'default form', text: 'ARG V\nFROM python:${V:-3.13}\n' },
      { name: 'platform arg', text: 'FROM --platform=$BUILDPLATFORM alpine\n' },
      { name: 'no variable', text: 'FROM alpine:3.20\n' },
      { name: 'a form we cannot expand', text: 'ARG V=a.b\nFROM alpine:${V%.*}\n' },
    ] },
  { rule: noEmptyContinuation,
    fires: [
      { name: 'empty line in RUN', text: 'FROM x\nRUN a \\\n\n  b\n', lines: [4] },
      { name: 'whitespace-only line', text: 'FROM x\nRUN a \\\n  \t\n  && b \\\n  c\n',
        lines: [5] },
    ],
    silent: [
      { name: 'comment line inside', text: 'FROM x\nRUN a \\\n# note\n  b\n' },
      { name: 'plain continuation', text: 'FROM x\nRUN a \\\n  b\n' },
      { name: 'empty line in a heredoc', text: 'FROM x\nRUN <<EOF\na\n\nb\nEOF\n' },
    ] },
  { rule: redundantTargetPlatform,
    fires: [
      { name: '$TARGETPLATFORM', text: 'FROM --platform=$TARGETPLATFORM x\n', lines: [1] },
      { name: 'with a default', text: 'FROM --platform=${TARGETPLATFORM:-linux/amd64} x\n',
        lines: [1] },
    ],
    silent: [
      { name: '$BUILDPLATFORM', text: 'FROM --platform=$BUILDPLATFORM x\n' },
      { name: 'with more', text: 'FROM --platform=$TARGETOS/$TARGETARCH x\n' },
    ] },
  { rule: reservedStageName,
    fires: [{ name: 'Scratch in capitals', text: 'FROM x AS Scratch\n', lines: [1] }],
    silent: [{ name: 'scratch as image', text: 'FROM scratch AS final\n' }] },
  { rule: fromPlatformConst,
    fires: [
      { name: 'lone architecture', text: 'FROM --platform=arm64 x AS build\n', lines: [1] },
      { name: 'with variant', text: 'FROM --platform=linux/arm/v7 x\n', lines: [1] },
    ],
    silent: [
      { name: 'a variable', text: 'FROM --platform=$BUILDPLATFORM x\n' },
      { name: 'name has the arch', text: 'FROM --platform=linux/arm64 x AS build-arm64\n' },
      { name: 'unreadable platform', text: 'FROM --platform=foo/bar x\n' },
    ] },
  { rule: invalidDescription,
    fires: [
      { name: 'experimental=all', text: '# check=experimental=all\n# hello\nARG A=1\nFROM x\n',
        lines: [3] },
    ],
    silent: [
      { name: 'not enabled', text: '# nope\nARG A=1\nFROM x\n' },
      { name: 'blank line between',
        text: '# check=experimental=all\n# hello\n\nARG A=1\nFROM x\n' },
      { name: 'unnamed FROM', text: '# check=experimental=all\n# hello\nFROM x\n' },
    ] },
  { rule: secrets,
    fires: [{ name: 'a key', text: 'FROM x\nENV AWS_SECRET_KEY=x\n', lines: [2] }],
    silent: [
      { name: 'a file name', text: 'FROM x\nARG PASSWORD_FILE=/run/secrets/p\n' },
      { name: 'a version', text: 'FROM x\nARG AUTH_MODULE_VERSION=1\n' },
      { name: 'public', text: 'FROM x\nENV PUBLIC_KEY=abc\n' },
    ] },
];

const options = (c: Case): RunOptions =>
  c.dockerignore === undefined ? {} : { dockerignore: readIgnorePatterns(c.dockerignore) };

describe.each(tables)('$rule.id', ({ rule, fires, silent }) => {
  it.each(fires)('fires: $name', (c) => {
    expect(firedLines(rule, c.text, options(c))).toEqual(c.lines);
  });

  it.each(silent)('silent: $name', (c) => {
    expect(firedLines(rule, c.text, options(c))).toEqual([]);
  });

  it('fires on its bad example and not on its good one', () => {
    const { dockerignore } = exampleLintOptions(described(rule));
    const run = dockerignore === undefined ? {} : { dockerignore };
    expect(runRule(rule, described(rule).examples.bad, run).length).toBeGreaterThan(0);
    expect(runRule(rule, described(rule).examples.good, run)).toEqual([]);
  });
});

describe('.dockerignore patterns (moby/patternmatcher)', () => {
  const matches = (patterns: string, path: string) =>
    new IgnoreMatcher(readIgnorePatterns(patterns)).matchesOrParentMatches(path);

  it.each([
    ['*.md', 'README.md', true], ['*.md', 'docs/a.md', false], ['**/*.md', 'docs/a.md', true],
    ['docs', 'docs/a/b.txt', true], ['/build', 'build/out', true], ['a?c', 'abc', true],
    ['a?c', 'a/c', false], ['[ab].txt', 'b.txt', true], ['**', 'anything/at/all', true],
    // `.*` matches `.` too: CopyIgnoredFile skips the root unless `*`, `**` or `**/*` is given.
    ['*', '.', true], ['.*', '.', true], ['node_modules/', 'node_modules/x/y.js', true],
    ['# comment\nfoo', 'foo', true], ['**/foo', 'foo', true], ['**/foo', 'a/b/foo', true],
  ])('%j matches %j: %s', (patterns, path, expected) => {
    expect(matches(patterns, path)).toBe(expected);
  });

  it('reads patterns as ignorefile.ReadAll: comments, blanks, ! and leading / ', () => {
    expect(readIgnorePatterns('\uFEFF# c\n\n  /a/b/  \n! ./c\n')).toEqual(['a/b', '!c']);
  });

  it('applies a later exception after an earlier match', () => {
    const matcher = new IgnoreMatcher(['*.md', '!README.md']);
    expect(matcher.exclusions).toBe(true);
    expect(matcher.matchesOrParentMatches('README.md')).toBe(false);
    expect(matcher.matchesOrParentMatches('CHANGES.md')).toBe(true);
  });
});
