/**
 * Tests for the analyse stage, Dockerfile engine: syntax errors (syntax.ts). The pre-check may
 * send a clean file to dockerfile-utils, but must never clear a file dockerfile-utils would
 * report: parseDockerfile's errors equal a full `validate` on the rule examples, on one line of
 * each kind (valid and invalid) and on seeded random mutations of them. Common clean files must
 * not reach `validate` at all.
 */
import { describe, it, expect, vi, beforeEach } from 'vitest';
import { validate } from 'dockerfile-utils';
import { parseDockerfile } from '../../../../src/dockerfile/parse/parse-dockerfile.ts';
import { validateSyntax } from '../../../../src/dockerfile/parse/syntax.ts';
import { allRules } from '../../../../src/dockerfile/rules/index.ts';
import { longDockerfile } from '../../../../scripts/bench/dockerfile-engine.ts';

vi.mock('dockerfile-utils', async (importOriginal) => {
  const actual = await importOriginal<typeof import('dockerfile-utils')>();
  return { ...actual, validate: vi.fn(actual.validate) };
});

const validateCalls = () => vi.mocked(validate).mock.calls.length;

const LINES = [
  'RUN apt-get update && apt-get install -y curl', 'RUN echo "a" \\\n    && b \\\n  # note\n  && c',
  'RUN <<EOF\necho hi\nEOF', 'RUN <<-EOF\n\techo x\n\tEOF', 'COPY <<EOF /f\nx\nEOF', 'ARG A=1',
  'ARG B', 'ARG C="x y"', "ARG D='x'", 'ARG A B', 'ARG =x', 'ARG A=${B:x}', 'ENV X=1 Y="two"',
  'ENV LEGACY value here', 'ENV PATH /opt/bin:$PATH', 'ENV A=', 'ENV', 'ENV A', 'ENV A=1 B',
  'ENV A="x', 'ENV A="x"b', 'ENV A=${B:-x}', 'ENV A=${B:}', 'ENV A=${B-x}', 'ENV A=a\\ b',
  'ENV "A"=b', 'LABEL a=b c=d', 'LABEL description="My app" version=1.0', 'LABEL "q"="r"',
  'LABEL x', 'LABEL a=${B?err}', 'COPY . .', 'COPY a', 'COPY a b c', 'COPY a b c/',
  'COPY --from=build /a /b', 'COPY --from= a b', 'COPY --from=-x a b', 'COPY --chown=1:1 a b',
  'COPY --chown=1 --chown=2 a b', 'COPY --link a b', 'COPY --link=maybe a b',
  'COPY --parents a b/', 'COPY --foo a b', 'COPY --chmod a b', 'COPY --exclude=*.md . .',
  'COPY "a b" /c/', 'COPY ["a", "b", "c"]', 'COPY a--b --link c d',
  'ADD --checksum=sha256:x http://a /b', 'ADD --unpack a b', 'ADD --keep-git-dir=true a b',
  'ADD --keep-git-dir=maybe a b', 'ADD ["a", "b"]', 'ADD a', 'CMD ["python", "app.py"]',
  "CMD ['a']", 'CMD', 'ENTRYPOINT', 'ENTRYPOINT ["x"]', 'SHELL ["/bin/sh", "-c"]', 'SHELL /bin/sh',
  'SHELL []', 'SHELL ["a]", "b"]', 'SHELL [ "a" , "b" ]', 'SHELL ["a\\"b"]', 'EXPOSE 80',
  'EXPOSE 80/udp 443/TCP', 'EXPOSE 80/xyz', 'EXPOSE $PORT', 'EXPOSE abc',
  'EXPOSE 8000-8010', 'EXPOSE 80:90', 'EXPOSE "80"', 'HEALTHCHECK CMD curl -f http://x',
  'HEALTHCHECK --interval=30s --timeout=3s CMD x', 'HEALTHCHECK --retries=3 CMD a',
  'HEALTHCHECK --retries=0 CMD a', 'HEALTHCHECK --interval=5 CMD a', 'HEALTHCHECK CMD',
  'HEALTHCHECK --interval=1m30s CMD a', 'HEALTHCHECK --interval=1s --interval=2s CMD a',
  'HEALTHCHECK NONE', 'HEALTHCHECK NONE x', 'HEALTHCHECK --foo=1s CMD a', 'HEALTHCHECK FOO',
  'STOPSIGNAL SIGTERM', 'STOPSIGNAL 9', 'STOPSIGNAL $X', 'STOPSIGNAL abc', 'STOPSIGNAL a b',
  'ONBUILD RUN x', 'ONBUILD FROM x', 'USER app', 'USER', 'WORKDIR /app', 'WORKDIR app',
  'WORKDIR ${HOME}/x', 'WORKDIR', 'VOLUME /data', 'VOLUME', 'MAINTAINER me', 'FOO bar',
  'RUN --mount=type=cache,target=/x pip install x', '# comment', 'RUN x \\\n\n  y',
  'FROM python:3.12 AS build', 'FROM alpine', 'FROM --platform=$BUILDPLATFORM golang:1.22 AS b2',
  'FROM --platform linux a', 'FROM --foo=x a', 'FROM scratch', 'FROM ${IMG}', 'FROM $X AS y',
  'FROM python:${V}-slim', 'FROM a@sha256:abc123', 'FROM reg.io/team/app:1.0',
  'FROM localhost:5000/app', 'FROM reg:5000/a:1.2', 'FROM a:1@sha256:0f', 'FROM a:@sha256:0f',
  'FROM a:-x', 'FROM a:', 'FROM a b', 'FROM a AS b c', 'FROM a AS 1bad', 'FROM a AS A',
  'from alpine as Final', 'fRoM a',
];

/** Seeded mutations: characters inserted, dropped or replaced in a few lines. */
function mutations(count: number, seed: number): string[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const bits = ['"', "'", '$', '{', '}', ':', '-', '=', '\\', '`', '@', '/', ' ', '\t', '--', '${',
    ':-', ':+', '[', ']', ',', '#', '\n', 'AS', '0', 'x', 'SIG', 'CMD', 'NONE', '<<', 's', 'tcp'];
  const froms = LINES.filter((l) => /^from /i.test(l));
  return Array.from({ length: count }, () => {
    let text = next() < 0.1 ? pick(['# escape=`\n', '# escape=x\n', '# escape=\\\n# escape=`\n'])
      : '';
    if (next() < 0.9) text += `${pick(froms)}\n`;
    const length = 1 + Math.floor(next() * 5);
    for (let k = 0; k < length; k++) {
      let line = pick(LINES);
      if (next() < 0.5) {
        const at = Math.floor(next() * (line.length + 1));
        const cut = next() < 0.5 ? 0 : 1;
        line = line.slice(0, at) + (next() < 0.7 ? pick(bits) : '') + line.slice(at + cut);
      }
      text += `${line}\n`;
    }
    return text;
  });
}

describe('syntax errors: the pre-check never hides an error', () => {
  it('on every rule example', () => {
    for (const rule of allRules) {
      for (const source of [rule.examples.bad, rule.examples.good]) {
        expect(parseDockerfile(source).syntaxErrors, source).toEqual(validateSyntax(source));
      }
    }
  });

  it('on one line of each kind, alone and after a FROM', () => {
    for (const line of LINES) {
      for (const source of [`${line}\n`, `FROM alpine\n${line}\n`, `FROM a AS x\n${line}\nCMD x`]) {
        expect(parseDockerfile(source).syntaxErrors, source).toEqual(validateSyntax(source));
      }
    }
  });

  it('on 2000 seeded mutations', () => {
    for (const source of mutations(2000, 7)) {
      expect(parseDockerfile(source).syntaxErrors, JSON.stringify(source))
        .toEqual(validateSyntax(source));
    }
  });

  it('on whole-file problems: FROM not first, only ARGs, duplicate stages, base variables', () => {
    for (const source of ['', '# only a comment\n', 'ARG A=1\n', 'RUN x\nFROM a\n',
      'ARG V=1\nFROM a AS b\nFROM c AS B\n', '# escape=x\nFROM a\n',
      '# escape=`\n# escape=`\nFROM a\n', '# dockerfile-utils: ignore\nFOO bar\nFROM a\n',
      'ARG BASE\nFROM ${BASE}\n', 'ARG A B\nFROM $A\n', 'FROM $BUILDPLATFORM\n',
      'ARG X=1\nFROM a\nARG Y\nFROM ${Y}\n', 'FROM --platform=$P $IMAGE\n',
      'FROM --platform=${P $IMAGE\n', 'ARG B=x\nFROM ${B:-y}\n', 'ARG B=x\nFROM $B AS b\n']) {
      expect(parseDockerfile(source).syntaxErrors, source).toEqual(validateSyntax(source));
    }
  });
});

describe('syntax errors: common clean files skip dockerfile-utils', () => {
  beforeEach(() => {
    vi.mocked(validate).mockClear();
  });

  it('clears the bench Dockerfile and a modern multi-stage one', () => {
    const modern = [
      '# syntax=docker/dockerfile:1', 'ARG PYTHON_VERSION=3.13', 'ARG BASE=python:3.13-slim',
      'FROM --platform=$BUILDPLATFORM ${BASE} AS build', 'WORKDIR /src',
      'ENV PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1',
      'LABEL org.opencontainers.image.title="My app" maintainer="team@example.com"',
      'COPY --chown=app:app requirements.txt ./',
      'RUN --mount=type=cache,target=/root/.cache pip install -r requirements.txt',
      'RUN <<EOF', 'set -e', 'useradd app', 'EOF', 'COPY . .',
      'FROM python:${PYTHON_VERSION}-slim AS runtime', 'COPY --from=build /src /app',
      'EXPOSE 8000/tcp', 'USER 10001:10001', 'STOPSIGNAL SIGTERM',
      'HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD curl -f http://localhost:8000/',
      'ENTRYPOINT ["python", "-m", "app"]', 'CMD ["--port", "8000"]',
    ].join('\n');
    for (const source of [longDockerfile(200), modern]) {
      expect(parseDockerfile(source).syntaxErrors).toEqual([]);
    }
    expect(validateCalls()).toBe(0);
    expect(validateSyntax(longDockerfile(200))).toEqual([]);
  });

  it('sends a file with an unknown instruction to dockerfile-utils', () => {
    const model = parseDockerfile('FROM alpine\nFOO bar\n');
    expect(validateCalls()).toBe(1);
    expect(model.syntaxErrors).toEqual([
      { line: 2, endLine: 2, message: 'Unknown instruction: FOO' },
    ]);
  });
});
