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
import { describedRules } from '../../../../src/dockerfile/rules/texts.ts';
import { longDockerfile } from '../../../../scripts/bench/dockerfile-engine.ts';
import { LINES, mutations } from '../syntax-corpus.ts';

vi.mock('dockerfile-utils', async (importOriginal) => {
  const actual = await importOriginal<typeof import('dockerfile-utils')>();
  return { ...actual, validate: vi.fn(actual.validate) };
});

const validateCalls = () => vi.mocked(validate).mock.calls.length;



describe('syntax errors: the pre-check never hides an error', () => {
  it('on every rule example', () => {
    for (const rule of describedRules) {
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
    for (const source of mutations(LINES, 2000, 7)) {
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
