/**
 * Hadolint rules DL3018–DL4006 (second batch): for each rule, Dockerfiles it must fire on (with
 * the lines), near misses it must stay silent on, and its own bad/good examples.
 */
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../src/dockerfile/rule.ts';
import { rule as dl3018 } from '../../../src/dockerfile/rules/dl3018-pin-apk-versions.ts';
import { rule as dl3019 } from '../../../src/dockerfile/rules/dl3019-apk-no-cache.ts';
import { rule as dl3020 } from '../../../src/dockerfile/rules/dl3020-copy-instead-of-add.ts';
import { rule as dl3021 } from '../../../src/dockerfile/rules/dl3021-copy-multiple-sources-dir.ts';
import { rule as dl3022 } from '../../../src/dockerfile/rules/dl3022-copy-from-defined-stage.ts';
import { rule as dl3024 } from '../../../src/dockerfile/rules/dl3024-unique-stage-names.ts';
import { rule as dl3025 } from '../../../src/dockerfile/rules/dl3025-json-cmd-entrypoint.ts';
import { rule as dl3042 } from '../../../src/dockerfile/rules/dl3042-pip-no-cache-dir.ts';
import { rule as dl3045 } from
  '../../../src/dockerfile/rules/dl3045-copy-relative-without-workdir.ts';
import { rule as dl3059 } from '../../../src/dockerfile/rules/dl3059-consecutive-run.ts';
import { rule as dl3061 } from '../../../src/dockerfile/rules/dl3061-begin-with-from.ts';
import { rule as dl4000 } from '../../../src/dockerfile/rules/dl4000-maintainer-deprecated.ts';
import { rule as dl4003 } from '../../../src/dockerfile/rules/dl4003-multiple-cmd.ts';
import { rule as dl4004 } from '../../../src/dockerfile/rules/dl4004-multiple-entrypoint.ts';
import { rule as dl4006 } from '../../../src/dockerfile/rules/dl4006-pipefail.ts';
import { described, firedLines, runRule } from './run-rule.ts';

/** A Dockerfile from its lines. */
function df(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

interface Fires {
  name: string;
  source: string;
  lines: number[];
}

interface Silent {
  name: string;
  source: string;
  fragment?: boolean;
}

interface RuleTable {
  rule: Rule;
  fires: Fires[];
  silent: Silent[];
}

const ALPINE = 'FROM alpine:3.21';
const PYTHON = 'FROM python:3.13-slim';

const tables: RuleTable[] = [
  {
    rule: dl3018,
    fires: [
      { name: 'unpinned package', source: df(ALPINE, 'RUN apk add --no-cache curl'), lines: [2] },
      {
        name: 'second apk add of a chain, on its own line',
        source: df(ALPINE, 'RUN apk add --no-cache curl=8.12.1-r0 \\',
          '  && apk add --no-cache git'),
        lines: [3],
      },
      {
        name: 'unpinned package after a --virtual name',
        source: df(ALPINE, 'RUN apk add --no-cache --virtual .build-deps gcc'),
        lines: [2],
      },
      { name: 'apk by path', source: df(ALPINE, 'RUN /sbin/apk add --no-cache curl'), lines: [2] },
      { name: 'exec form', source: df(ALPINE, 'RUN ["apk", "add", "--no-cache", "curl"]'),
        lines: [2] },
    ],
    silent: [
      { name: '--virtual .build-deps with a pinned package',
        source: df(ALPINE, 'RUN apk add --no-cache --virtual .build-deps gcc=12.2.1-r4') },
      { name: '--virtual=name form',
        source: df(ALPINE, 'RUN apk add --no-cache --virtual=.deps gcc=12.2.1-r4') },
      { name: '-t name', source: df(ALPINE, 'RUN apk add --no-cache -t .deps gcc=12.2.1-r4') },
      { name: 'tilde pin', source: df(ALPINE, 'RUN apk add --no-cache curl~8.12') },
      { name: 'local .apk file', source: df(ALPINE, 'RUN apk add --no-cache /tmp/tool.apk') },
      {
        name: '--repository URL is not a package',
        source: df(ALPINE, 'RUN apk add --no-cache --repository ' +
          'https://dl-cdn.alpinelinux.org/alpine/edge/testing tool=1.0-r0'),
      },
      { name: 'apk del', source: df(ALPINE, 'RUN apk del curl') },
    ],
  },
  {
    rule: dl3019,
    fires: [
      { name: 'apk add without --no-cache', source: df(ALPINE, 'RUN apk add curl=8.12.1-r0'),
        lines: [2] },
      { name: 'after apk update',
        source: df(ALPINE, 'RUN apk update && apk add curl=8.12.1-r0'), lines: [2] },
      { name: '--update is not --no-cache',
        source: df(ALPINE, 'RUN apk --update add curl=8.12.1-r0'), lines: [2] },
      {
        name: 'a cache mount elsewhere',
        source: df(ALPINE, 'RUN --mount=type=cache,target=/root/.cache apk add curl=8.12.1-r0'),
        lines: [2],
      },
      {
        name: 'a bind mount over the apk cache',
        source: df(ALPINE, 'RUN --mount=type=bind,target=/var/cache/apk apk add curl=8.12.1-r0'),
        lines: [2],
      },
    ],
    silent: [
      { name: '--no-cache', source: df(ALPINE, 'RUN apk add --no-cache curl=8.12.1-r0') },
      { name: '--no-cache before add',
        source: df(ALPINE, 'RUN apk --no-cache add curl=8.12.1-r0') },
      { name: 'cache mount',
        source: df(ALPINE, 'RUN --mount=type=cache,target=/var/cache/apk apk add curl=8.12.1-r0') },
      { name: 'tmpfs mount',
        source: df(ALPINE, 'RUN --mount=type=tmpfs,target=/var/cache/apk apk add curl=8.12.1-r0') },
      { name: 'apk del', source: df(ALPINE, 'RUN apk del curl') },
    ],
  },
  {
    rule: dl3020,
    fires: [
      { name: 'plain file', source: df(PYTHON, 'ADD app.py /app/'), lines: [2] },
      { name: 'zip is not unpacked', source: df(PYTHON, 'ADD bundle.zip /opt/'), lines: [2] },
      { name: 'one plain source among URLs',
        source: df(PYTHON, 'ADD https://example.com/a.tar.gz notes.txt /opt/'), lines: [2] },
      { name: 'with flags', source: df(PYTHON, 'ADD --chown=app:app src /app/src'), lines: [2] },
      { name: 'json form', source: df(PYTHON, 'ADD ["app.py", "/app/"]'), lines: [2] },
    ],
    silent: [
      { name: 'URL', source: df(PYTHON, 'ADD https://example.com/tool.txt /opt/') },
      { name: 'http URL', source: df(PYTHON, 'ADD http://example.com/tool /opt/') },
      { name: 'tar.gz', source: df(PYTHON, 'ADD rootfs.tar.gz /') },
      { name: 'tgz', source: df(PYTHON, 'ADD app.tgz /opt/') },
      { name: 'quoted tar.xz', source: df(PYTHON, 'ADD "app.tar.xz" /opt/') },
      { name: 'COPY', source: df(PYTHON, 'COPY app.py /app/') },
    ],
  },
  {
    rule: dl3021,
    fires: [
      { name: 'two sources, no slash', source: df(PYTHON, 'COPY a.py b.py /app'), lines: [2] },
      { name: 'json form', source: df(PYTHON, 'COPY ["a.py", "b.py", "/app"]'), lines: [2] },
      { name: 'with flags', source: df(PYTHON, 'COPY --chown=app a.py b.py c.py /app/lib'),
        lines: [2] },
    ],
    silent: [
      { name: 'trailing slash', source: df(PYTHON, 'COPY a.py b.py /app/') },
      { name: 'one source', source: df(PYTHON, 'COPY a.py /app') },
      { name: 'json with slash', source: df(PYTHON, 'COPY ["a.py", "b.py", "/app/"]') },
      { name: 'quoted with slash', source: df(PYTHON, 'COPY a.py b.py "/app/"') },
    ],
  },
  {
    rule: dl3022,
    fires: [
      { name: 'unknown stage name',
        source: df('FROM golang:1.24 AS build', 'FROM alpine:3.21', 'COPY --from=builder /a /b'),
        lines: [3] },
      { name: 'index beyond the stages so far',
        source: df('FROM golang:1.24', 'FROM alpine:3.21', 'COPY --from=2 /a /b'), lines: [3] },
      { name: 'stage defined later',
        source: df('FROM alpine:3.21', 'COPY --from=later /a /b', 'FROM alpine:3.21 AS later'),
        lines: [2] },
      { name: 'image without a tag', source: df(ALPINE, 'COPY --from=nginx /etc/nginx /etc/nginx'),
        lines: [2] },
    ],
    silent: [
      { name: 'named stage',
        source: df('FROM golang:1.24 AS builder', 'FROM alpine:3.21',
          'COPY --from=builder /a /b') },
      { name: 'stage index',
        source: df('FROM golang:1.24', 'FROM alpine:3.21', 'COPY --from=0 /a /b') },
      { name: 'external image with a tag',
        source: df(ALPINE, 'COPY --from=nginx:1.27 /etc/nginx /etc/nginx') },
      { name: 'name in another case',
        source: df('FROM golang:1.24 AS Build', 'FROM alpine:3.21', 'COPY --from=build /a /b') },
      { name: 'no --from', source: df(ALPINE, 'COPY a /b') },
    ],
  },
  {
    rule: dl3024,
    fires: [
      { name: 'same name twice',
        source: df('FROM alpine:3.21 AS base', 'RUN true', 'FROM alpine:3.21 AS base'),
        lines: [3] },
      { name: 'third stage repeats the first',
        source: df('FROM alpine:3.21 AS a', 'FROM alpine:3.21 AS b', 'FROM alpine:3.21 AS a'),
        lines: [3] },
      { name: 'case differs only',
        source: df('FROM alpine:3.21 AS Build', 'FROM alpine:3.21 AS build'), lines: [2] },
    ],
    silent: [
      { name: 'unique names', source: df('FROM alpine:3.21 AS a', 'FROM alpine:3.21 AS b') },
      { name: 'unnamed stages', source: df('FROM alpine:3.21', 'FROM alpine:3.21') },
      { name: 'one stage', source: df('FROM alpine:3.21 AS a') },
    ],
  },
  {
    rule: dl3025,
    fires: [
      { name: 'shell-form CMD', source: df(PYTHON, 'CMD python app.py'), lines: [2] },
      { name: 'shell-form ENTRYPOINT', source: df(PYTHON, 'ENTRYPOINT /entrypoint.sh'),
        lines: [2] },
      { name: 'single quotes are not JSON', source: df(PYTHON, "CMD ['python', 'app.py']"),
        lines: [2] },
      { name: 'both', source: df(PYTHON, 'ENTRYPOINT exec gunicorn', 'CMD --bind :8000'),
        lines: [2, 3] },
    ],
    silent: [
      { name: 'JSON CMD', source: df(PYTHON, 'CMD ["python", "app.py"]') },
      { name: 'JSON ENTRYPOINT', source: df(PYTHON, 'ENTRYPOINT ["/entrypoint.sh"]') },
      { name: 'empty JSON CMD', source: df(PYTHON, 'CMD []') },
      { name: 'shell-form RUN', source: df(PYTHON, 'RUN echo hello') },
    ],
  },
  {
    rule: dl3042,
    fires: [
      { name: 'pip install', source: df(PYTHON, 'RUN pip install flask==3.1.0'), lines: [2] },
      { name: 'pip3 -r', source: df(PYTHON, 'RUN pip3 install -r requirements.txt'), lines: [2] },
      { name: 'python -m pip',
        source: df(PYTHON, 'RUN python3 -m pip install flask==3.1.0'), lines: [2] },
      {
        name: 'second command of a chain',
        source: df(PYTHON, 'RUN pip install --no-cache-dir flask==3.1.0 \\',
          '  && pip install gunicorn==23.0.0'),
        lines: [3],
      },
      { name: '"off" is not a value hadolint accepts',
        source: df(PYTHON, 'RUN PIP_NO_CACHE_DIR=off pip install flask==3.1.0'), lines: [2] },
      { name: 'ENV set to 0',
        source: df(PYTHON, 'ENV PIP_NO_CACHE_DIR=0', 'RUN pip install flask==3.1.0'),
        lines: [3] },
      { name: 'global ARG only reaches FROM',
        source: df('ARG PIP_NO_CACHE_DIR=1', PYTHON, 'RUN pip install flask==3.1.0'),
        lines: [3] },
      { name: 'ENV in an unrelated stage',
        source: df(`${PYTHON} AS a`, 'ENV PIP_NO_CACHE_DIR=1', `${PYTHON} AS b`,
          'RUN pip install flask==3.1.0'),
        lines: [4] },
      {
        name: 'cache mount for another tool',
        source: df(PYTHON, 'RUN --mount=type=cache,target=/root/.npm pip install flask==3.1.0'),
        lines: [2],
      },
    ],
    silent: [
      { name: '--no-cache-dir',
        source: df(PYTHON, 'RUN pip install --no-cache-dir flask==3.1.0') },
      { name: 'ENV before',
        source: df(PYTHON, 'ENV PIP_NO_CACHE_DIR=1', 'RUN pip install flask==3.1.0') },
      { name: 'ENV true in the parent stage',
        source: df(`${PYTHON} AS base`, 'ENV PIP_NO_CACHE_DIR=true', 'FROM base AS app',
          'RUN pip install flask==3.1.0') },
      { name: 'stage ARG',
        source: df(PYTHON, 'ARG PIP_NO_CACHE_DIR=1', 'RUN pip install flask==3.1.0') },
      { name: 'global ARG re-declared in the stage',
        source: df('ARG PIP_NO_CACHE_DIR=yes', PYTHON, 'ARG PIP_NO_CACHE_DIR',
          'RUN pip install flask==3.1.0') },
      { name: 'assignment before the command',
        source: df(PYTHON, 'RUN PIP_NO_CACHE_DIR=1 pip install flask==3.1.0') },
      { name: 'export in the same RUN',
        source: df(PYTHON, 'RUN export PIP_NO_CACHE_DIR=1 && pip install flask==3.1.0') },
      {
        name: 'cache mount for pip',
        source: df(PYTHON,
          'RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.1.0'),
      },
      { name: 'pip --version', source: df(PYTHON, 'RUN pip --version') },
      { name: 'pipx', source: df(PYTHON, 'RUN pipx install black==25.1.0') },
      { name: 'pipenv', source: df(PYTHON, 'RUN pipenv install --deploy') },
      { name: 'python -m pipx', source: df(PYTHON, 'RUN python -m pipx install black==25.1.0') },
    ],
  },
  {
    rule: dl3045,
    fires: [
      { name: 'relative destination', source: df('FROM node:22-alpine', 'COPY package.json ./'),
        lines: [2] },
      { name: 'bare relative path', source: df('FROM node:22-alpine', 'COPY . app'), lines: [2] },
      { name: 'WORKDIR comes later',
        source: df('FROM node:22-alpine', 'COPY . app', 'WORKDIR /app'), lines: [2] },
      { name: 'WORKDIR in an unrelated stage',
        source: df('FROM node:22-alpine AS a', 'WORKDIR /app', 'FROM node:22-alpine AS b',
          'COPY . .'),
        lines: [4] },
    ],
    silent: [
      { name: 'absolute', source: df('FROM node:22-alpine', 'COPY package.json /app/') },
      { name: 'after WORKDIR', source: df('FROM node:22-alpine', 'WORKDIR /app', 'COPY . .') },
      { name: 'WORKDIR inherited from the parent stage',
        source: df('FROM node:22-alpine AS base', 'WORKDIR /app', 'FROM base AS build',
          'COPY . .') },
      { name: 'variable', source: df('FROM node:22-alpine', 'COPY . $APP_HOME') },
      { name: 'windows path, with the backtick escape',
        source: df('# escape=`', 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022',
          'COPY app C:\\app') },
      { name: 'windows path with a slash',
        source: df('FROM mcr.microsoft.com/windows/nanoserver:ltsc2022', 'COPY app C:/app') },
      { name: 'quoted absolute', source: df('FROM node:22-alpine', 'COPY . "/app/"') },
    ],
  },
  {
    rule: dl3059,
    fires: [
      { name: 'two RUNs', source: df(ALPINE, 'RUN mkdir /a', 'RUN mkdir /b'), lines: [3] },
      { name: 'a comment in between',
        source: df(ALPINE, 'RUN mkdir /a', '# then', 'RUN mkdir /b'), lines: [4] },
      { name: 'three RUNs',
        source: df(ALPINE, 'RUN mkdir /a', 'RUN mkdir /b', 'RUN mkdir /c'), lines: [3, 4] },
      {
        name: 'same mount',
        source: df(ALPINE, 'RUN --mount=type=secret,id=t cat /run/secrets/t',
          'RUN --mount=type=secret,id=t cat /run/secrets/t'),
        lines: [3],
      },
    ],
    silent: [
      { name: 'another instruction between',
        source: df(ALPINE, 'RUN mkdir /a', 'WORKDIR /a', 'RUN mkdir /b') },
      {
        name: 'different mounts',
        source: df(ALPINE, 'RUN --mount=type=secret,id=a cat /run/secrets/a',
          'RUN --mount=type=secret,id=b cat /run/secrets/b'),
      },
      { name: 'a long chain before',
        source: df(ALPINE, 'RUN mkdir /a && mkdir /b && mkdir /c', 'RUN mkdir /d') },
      { name: 'different stages', source: df(ALPINE, 'RUN mkdir /a', ALPINE, 'RUN mkdir /b') },
      { name: 'one RUN', source: df(ALPINE, 'RUN mkdir /a') },
    ],
  },
  {
    rule: dl3061,
    fires: [
      { name: 'LABEL first', source: df('LABEL a=b', ALPINE), lines: [1] },
      { name: 'ENV after a global ARG', source: df('ARG V=1', 'ENV A=b', ALPINE), lines: [2] },
      { name: 'no FROM at all in a whole file', source: df('WORKDIR /app', 'RUN true'),
        lines: [1, 2] },
    ],
    silent: [
      { name: 'comment then FROM', source: df('# base image', ALPINE, 'RUN true') },
      { name: 'directive and ARG first',
        source: df('# syntax=docker/dockerfile:1', 'ARG ALPINE=3.21', 'FROM alpine:${ALPINE}') },
      { name: 'a snippet', source: df('RUN true'), fragment: true },
    ],
  },
  {
    rule: dl4000,
    fires: [
      { name: 'MAINTAINER', source: df(ALPINE, 'MAINTAINER Jane <jane@example.com>'), lines: [2] },
      { name: 'lower case', source: df(ALPINE, 'maintainer Jane'), lines: [2] },
      { name: 'in two stages',
        source: df(ALPINE, 'MAINTAINER Jane', ALPINE, 'MAINTAINER Joe'), lines: [2, 4] },
    ],
    silent: [
      { name: 'OCI label',
        source: df(ALPINE, 'LABEL org.opencontainers.image.authors="Jane"') },
      { name: 'maintainer label', source: df(ALPINE, 'LABEL maintainer="Jane"') },
      { name: 'the word in a RUN', source: df(ALPINE, 'RUN echo MAINTAINER') },
    ],
  },
  {
    rule: dl4003,
    fires: [
      { name: 'two CMD', source: df(PYTHON, 'CMD ["a"]', 'CMD ["b"]'), lines: [3] },
      { name: 'three CMD', source: df(PYTHON, 'CMD ["a"]', 'CMD ["b"]', 'CMD ["c"]'),
        lines: [3, 4] },
      { name: 'apart in one stage',
        source: df(PYTHON, 'CMD ["a"]', 'WORKDIR /app', 'CMD ["b"]'), lines: [4] },
    ],
    silent: [
      { name: 'one per stage', source: df(PYTHON, 'CMD ["a"]', PYTHON, 'CMD ["b"]') },
      { name: 'CMD and ENTRYPOINT', source: df(PYTHON, 'ENTRYPOINT ["a"]', 'CMD ["b"]') },
      { name: 'ONBUILD CMD', source: df(PYTHON, 'ONBUILD CMD ["a"]', 'CMD ["b"]') },
    ],
  },
  {
    rule: dl4004,
    fires: [
      { name: 'two ENTRYPOINT', source: df(PYTHON, 'ENTRYPOINT ["a"]', 'ENTRYPOINT ["b"]'),
        lines: [3] },
      { name: 'three ENTRYPOINT',
        source: df(PYTHON, 'ENTRYPOINT ["a"]', 'ENTRYPOINT ["b"]', 'ENTRYPOINT c'),
        lines: [3, 4] },
      { name: 'apart in one stage',
        source: df(PYTHON, 'ENTRYPOINT ["a"]', 'CMD ["x"]', 'ENTRYPOINT ["b"]'), lines: [4] },
    ],
    silent: [
      { name: 'one per stage', source: df(PYTHON, 'ENTRYPOINT ["a"]', PYTHON, 'ENTRYPOINT ["b"]') },
      { name: 'ENTRYPOINT and CMD', source: df(PYTHON, 'ENTRYPOINT ["a"]', 'CMD ["b"]') },
      { name: 'ONBUILD ENTRYPOINT',
        source: df(PYTHON, 'ONBUILD ENTRYPOINT ["a"]', 'ENTRYPOINT ["b"]') },
    ],
  },
  {
    rule: dl4006,
    fires: [
      { name: 'pipe without SHELL',
        source: df('FROM debian:12-slim', 'RUN wget -O - https://x | tar xz'), lines: [2] },
      { name: 'SHELL without pipefail',
        source: df('FROM debian:12-slim', 'SHELL ["/bin/bash", "-c"]', 'RUN curl -s x | sh'),
        lines: [3] },
      { name: 'sh does not count, as in hadolint',
        source: df('FROM debian:12-slim', 'SHELL ["/bin/sh", "-o", "pipefail", "-c"]',
          'RUN curl -s x | sh'),
        lines: [3] },
      { name: 'FROM resets the SHELL',
        source: df('FROM debian:12-slim', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
          'FROM debian:12-slim', 'RUN curl -s x | sh'),
        lines: [4] },
      { name: 'RUN before the SHELL',
        source: df('FROM debian:12-slim', 'RUN curl -s x | sh',
          'SHELL ["/bin/bash", "-o", "pipefail", "-c"]'),
        lines: [2] },
    ],
    silent: [
      { name: 'no pipe',
        source: df('FROM debian:12-slim', 'RUN wget -O /tmp/x https://x && tar xzf /tmp/x') },
      { name: 'bash pipefail',
        source: df('FROM debian:12-slim', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
          'RUN wget -O - https://x | tar xz') },
      { name: '-eo pipefail',
        source: df('FROM debian:12-slim', 'SHELL ["bash", "-eo", "pipefail", "-c"]',
          'RUN wget -O - https://x | tar xz') },
      { name: 'ash on alpine',
        source: df(ALPINE, 'SHELL ["/bin/ash", "-eo", "pipefail", "-c"]',
          'RUN wget -O - https://x | tar xz') },
      { name: 'PowerShell',
        source: df('FROM mcr.microsoft.com/powershell:lts-7.4-alpine-3.20',
          'SHELL ["pwsh", "-Command"]', 'RUN Get-ChildItem | Select-Object Name') },
      { name: 'or is not a pipe', source: df('FROM debian:12-slim', 'RUN test -f /x || true') },
    ],
  },
];

describe.each(tables)('$rule.id', ({ rule, fires, silent }) => {
  it.each(fires)('fires: $name', ({ source, lines }) => {
    expect(firedLines(rule, source)).toEqual(lines);
  });

  it.each(silent)('silent: $name', ({ source, fragment }) => {
    expect(runRule(rule, source, { fragment: fragment ?? false })).toEqual([]);
  });

  it('fires on its bad example and not on its good one', () => {
    expect(runRule(rule, described(rule).examples.bad).length).toBeGreaterThan(0);
    expect(runRule(rule, described(rule).examples.good)).toEqual([]);
  });

  it('describes itself as a hadolint rule', () => {
    expect(rule.source).toBe('hadolint');
    expect(described(rule).upstreamUrl)
      .toBe(`https://github.com/hadolint/hadolint/wiki/${rule.id}`);
    for (const hit of runRule(rule, described(rule).examples.bad)) {
      expect(hit.endLine).toBeGreaterThanOrEqual(hit.line);
      expect(hit.message.length).toBeGreaterThan(20);
    }
  });
});
