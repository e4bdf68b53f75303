/**
 * Table tests for the hadolint rules DL3000–DL3015: for each rule, Dockerfiles it must fire on
 * (with the lines it fires on) and near misses it must stay silent on, then every rule's own bad
 * and good examples.
 */
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../src/dockerfile/rule.ts';
import { rule as dl3000 } from '../../../src/dockerfile/rules/dl3000-absolute-workdir.ts';
import { rule as dl3002 } from '../../../src/dockerfile/rules/dl3002-last-user-not-root.ts';
import { rule as dl3003 } from '../../../src/dockerfile/rules/dl3003-use-workdir-not-cd.ts';
import { rule as dl3004 } from '../../../src/dockerfile/rules/dl3004-no-sudo.ts';
import { rule as dl3006 } from '../../../src/dockerfile/rules/dl3006-tag-image-version.ts';
import { rule as dl3007 } from '../../../src/dockerfile/rules/dl3007-no-latest-tag.ts';
import { rule as dl3008 } from '../../../src/dockerfile/rules/dl3008-pin-apt-get-versions.ts';
import { rule as dl3009 } from '../../../src/dockerfile/rules/dl3009-delete-apt-lists.ts';
import { rule as dl3011 } from '../../../src/dockerfile/rules/dl3011-valid-port-range.ts';
import { rule as dl3012 } from '../../../src/dockerfile/rules/dl3012-one-healthcheck.ts';
import { rule as dl3013 } from '../../../src/dockerfile/rules/dl3013-pin-pip-versions.ts';
import { rule as dl3014 } from '../../../src/dockerfile/rules/dl3014-apt-get-yes.ts';
import { rule as dl3015 } from '../../../src/dockerfile/rules/dl3015-no-install-recommends.ts';
import { described, firedLines, runRule } from './run-rule.ts';

interface Table {
  rule: Rule;
  /** Dockerfile text and the lines the rule fires on. */
  fires: Array<[string, number[]]>;
  /** Near misses: the rule stays silent. */
  silent: string[];
}

const lines = (...text: string[]): string => `${text.join('\n')}\n`;
const debian = (...run: string[]): string => lines('FROM debian:12.5', ...run);

const tables: Table[] = [
  {
    rule: dl3000,
    fires: [
      [lines('FROM alpine:3.20', 'WORKDIR app'), [2]],
      [lines('FROM alpine:3.20', 'WORKDIR "relative/dir"'), [2]],
      [lines('FROM alpine:3.20', "WORKDIR 'relative/dir'"), [2]],
      [lines('FROM alpine:3.20', 'WORKDIR /srv', 'WORKDIR ./app/$NAME'), [3]],
      [lines('FROM alpine:3.20', 'WORKDIR ../up', 'WORKDIR /ok', 'WORKDIR down'), [2, 4]],
    ],
    silent: [
      lines('FROM alpine:3.20', 'WORKDIR /usr/local'),
      lines('FROM alpine:3.20', 'WORKDIR ${work}'),
      lines('FROM alpine:3.20', 'WORKDIR $HOME/app'),
      lines('FROM alpine:3.20', 'WORKDIR "/usr/local"'),
      lines('FROM alpine:3.20', 'WORKDIR "${dir}"'),
      lines('FROM mcr.microsoft.com/windows/nanoserver:ltsc2022', 'WORKDIR C:/app'),
      lines('FROM mcr.microsoft.com/windows/nanoserver:ltsc2022', 'WORKDIR "C:\\app"'),
    ],
  },
  {
    rule: dl3002,
    fires: [
      [lines('FROM debian:12.5', 'USER root'), [2]],
      [lines('FROM debian:12.5', 'USER 0'), [2]],
      [lines('FROM debian:12.5', 'USER root:root'), [2]],
      [lines('FROM debian:12.5', 'USER 0:0'), [2]],
      [lines('FROM debian:12.5', 'USER app', 'RUN true', 'USER root', 'CMD ["sh"]'), [4]],
      // Hadolint checks each stage: a stage left as root is root in the stages built on it.
      [lines('FROM debian:12.5 AS base', 'USER root', 'RUN true', 'FROM base', 'RUN true'), [2]],
      [lines('FROM debian:12.5 AS base', 'USER root', 'FROM scratch', 'USER app'), [2]],
    ],
    silent: [
      lines('FROM debian:12.5', 'USER app'),
      lines('FROM debian:12.5', 'USER root', 'RUN true', 'USER app'),
      lines('FROM debian:12.5 AS base', 'USER root', 'USER app', 'FROM scratch', 'RUN true'),
      lines('FROM debian:12.5', 'USER rootless'),
      lines('FROM debian:12.5', 'USER 1000:0'),
      lines('FROM debian:12.5', 'RUN true'),
    ],
  },
  {
    rule: dl3003,
    fires: [
      [lines('FROM alpine:3.20', 'RUN cd /app && make'), [2]],
      [lines('FROM alpine:3.20', 'RUN make -C /src \\', ' && cd /out \\', ' && ls'), [3]],
      [lines('FROM alpine:3.20', 'RUN (cd /tmp && tar xf x.tar)'), [2]],
      [lines('FROM alpine:3.20', 'RUN cd'), [2]],
      [lines('FROM alpine:3.20', 'RUN <<EOF', 'set -e', 'cd /src', 'make', 'EOF'), [4]],
    ],
    silent: [
      lines('FROM alpine:3.20', 'WORKDIR /app', 'RUN make'),
      lines('FROM alpine:3.20', 'RUN echo cd /app'),
      lines('FROM alpine:3.20', 'RUN git -C /app pull'),
      lines('FROM alpine:3.20', 'CMD cd /app && ./run'),
      lines('FROM alpine:3.20', 'RUN abcd /x'),
    ],
  },
  {
    rule: dl3004,
    fires: [
      [lines('FROM debian:12.5', 'RUN sudo apt-get update'), [2]],
      [lines('FROM debian:12.5', 'RUN mkdir /x && sudo chown app /x'), [2]],
      [lines('FROM debian:12.5', 'RUN true \\', ' && sudo -u app make'), [3]],
      [lines('FROM debian:12.5', 'RUN /usr/bin/sudo ls'), [2]],
      [lines('FROM debian:12.5', 'RUN ["sudo", "ls"]'), [2]],
    ],
    silent: [
      lines('FROM debian:12.5', 'RUN apt-get update'),
      lines('FROM debian:12.5', 'RUN echo sudo'),
      lines('FROM debian:12.5', 'RUN apt-get install -y sudo=1.9.13p3-1+deb12u1'),
      lines('FROM debian:12.5', 'USER root', 'RUN chown app /x'),
    ],
  },
  {
    rule: dl3006,
    fires: [
      [lines('FROM debian'), [1]],
      [lines('FROM debian AS builder'), [1]],
      [lines('FROM golang:1.22 AS build', 'RUN true', 'FROM node AS test', 'RUN true'), [3]],
      [lines('FROM registry.example.com:5000/team/app'), [1]],
      // A stage name only counts once defined: a later stage is not a base yet.
      [lines('FROM later', 'FROM alpine:3.20 AS later'), [1]],
    ],
    silent: [
      lines('FROM scratch'),
      lines('FROM golang:1.22 AS builder', 'RUN true', 'FROM builder', 'RUN true'),
      lines('FROM golang:1.22 AS Builder', 'FROM builder AS test'),
      lines('FROM python@sha256:' + 'a'.repeat(64)),
      lines('ARG V=3', 'FROM python:${V}'),
      lines('ARG BASE', 'FROM ${BASE}'),
      lines('FROM python:3.13-slim'),
      lines('FROM registry.example.com:5000/team/app:1.2'),
    ],
  },
  {
    rule: dl3007,
    fires: [
      [lines('FROM debian:latest'), [1]],
      [lines('FROM debian:latest AS builder', 'FROM alpine:3.20'), [1]],
      [lines('FROM alpine:3.20 AS a', 'FROM ghcr.io/org/app:latest'), [2]],
      [lines('ARG TAG=latest', 'FROM node:${TAG}'), [2]],
    ],
    silent: [
      lines('FROM debian:jessie'),
      lines('FROM debian'),
      lines('FROM hub.docker.io/debian@sha256:' + 'b'.repeat(64)),
      lines('FROM debian:jessie AS latest'),
      lines('FROM debian:latest-slim'),
      lines('ARG TAG', 'FROM node:${TAG}'),
    ],
  },
  {
    rule: dl3008,
    fires: [
      [debian('RUN apt-get update && apt-get install python'), [2]],
      [debian('RUN apt-get update \\', ' && apt-get install -y curl=7.88.1 git \\',
        ' && rm -rf /var/lib/apt/lists/*'), [3]],
      [debian('RUN apt-get install -y \\', '    curl \\', '    git'), [2]],
      [debian('RUN apt-get install -y -t bookworm-backports curl'), [2]],
      [debian('RUN ["apt-get", "install", "-y", "curl"]'), [2]],
      [debian('RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'EOF'), [4]],
    ],
    silent: [
      debian('RUN apt-get update \\', ' && apt-get -yqq --no-install-recommends install ' +
        'nodejs=0.10 \\', ' && rm -rf /var/lib/apt/lists/*'),
      debian('RUN apt-get update && apt-get install --no-install-recommends -y \\',
        'python-demjson=2.2.2* \\', 'wget=1.16.1* \\', 'git=1:2.5.0* \\', 'ruby=1:2.1.*'),
      debian('RUN apt-get install ./wkhtmltox_0.12.5-1.bionic_amd64.deb'),
      debian('RUN apt-get install -y --no-install-recommends -t jessie-backports ' +
        'openjdk-8-jdk=8u131-b11-1~bpo8+1'),
      debian('RUN apt-get install -y curl/bookworm-backports'),
      debian('RUN apt-get update && apt-get upgrade -y'),
      debian('RUN apt install -y curl'),
    ],
  },
  {
    rule: dl3009,
    fires: [
      [debian('RUN apt-get update && apt-get install -y python'), [2]],
      [lines('FROM ubuntu:24.04 AS foo', 'RUN echo hey', 'FROM scratch',
        'RUN apt-get update && apt-get install -y python'), [4]],
      // An intermediate stage counts when a later FROM builds on it.
      [lines('FROM ubuntu:24.04 AS foo', 'RUN apt-get update && apt-get install -y python',
        'FROM foo', 'RUN echo hey'), [2]],
      // The lists directory alone is not enough when apt's cache is not mounted too.
      [lines('FROM debian:12.5', 'RUN --mount=type=cache,target=/var/lib/apt \\',
        '    apt-get update && apt-get install -y python'), [2]],
      // A snippet without FROM: the RUN is the image being built.
      [lines('RUN apt-get update && apt-get install -y python'), [1]],
    ],
    silent: [
      debian('RUN apt-get update && apt-get install -y python && rm -rf /var/lib/apt/lists/*'),
      lines('FROM ubuntu:24.04 AS foo', 'RUN apt-get update && apt-get install -y python',
        'FROM scratch', 'RUN echo hey'),
      lines('FROM ubuntu:24.04 AS foo',
        'RUN apt-get update && apt-get install -y python && rm -rf /var/lib/apt/lists/*',
        'FROM foo', 'RUN echo hey'),
      debian('RUN --mount=type=cache,target=/var/lib/apt/lists \\',
        '    apt-get update && apt-get install -y python'),
      debian('RUN --mount=type=cache,target=/var/lib/apt \\',
        '    --mount=type=cache,target=/var/cache/apt \\',
        '    rm -f /etc/apt/apt.conf.d/docker-clean && \\',
        '    apt-get update && apt-get install -y python'),
      debian('RUN apt-get install -y ./local.deb'),
      debian('RUN <<EOF', 'apt-get update', 'apt-get install -y curl',
        'rm -rf /var/lib/apt/lists/*', 'EOF'),
      lines('FROM ubuntu:24.04 AS base', 'FROM base AS final',
        'RUN apt-get update && apt-get install -y python && rm -rf /var/lib/apt/lists'),
    ],
  },
  {
    rule: dl3011,
    fires: [
      [lines('FROM nginx:1.27-alpine', 'EXPOSE 80000'), [2]],
      [lines('FROM nginx:1.27-alpine', 'EXPOSE 80 65536/tcp'), [2]],
      [lines('FROM nginx:1.27-alpine', 'EXPOSE 8000-70000/udp'), [2]],
      [lines('FROM nginx:1.27-alpine', 'EXPOSE 80', 'EXPOSE 99999'), [3]],
    ],
    silent: [
      lines('FROM nginx:1.27-alpine', 'EXPOSE 60000'),
      lines('FROM nginx:1.27-alpine', 'EXPOSE 0 65535'),
      lines('FROM nginx:1.27-alpine', 'EXPOSE 8000-8100/udp 443/tcp'),
      lines('FROM nginx:1.27-alpine', 'ARG PORT=99999', 'EXPOSE $PORT'),
    ],
  },
  {
    rule: dl3012,
    fires: [
      [lines('FROM nginx:1.27-alpine', 'HEALTHCHECK CMD true', 'HEALTHCHECK CMD false'), [3]],
      [lines('FROM nginx:1.27-alpine', 'HEALTHCHECK NONE', 'HEALTHCHECK CMD true',
        'HEALTHCHECK CMD false'), [3, 4]],
      [lines('FROM nginx:1.27-alpine AS a', 'HEALTHCHECK CMD true', 'FROM alpine:3.20',
        'HEALTHCHECK CMD true', 'RUN true', 'HEALTHCHECK CMD false'), [6]],
    ],
    silent: [
      lines('FROM nginx:1.27-alpine', 'HEALTHCHECK CMD true'),
      lines('FROM nginx:1.27-alpine AS a', 'HEALTHCHECK CMD true', 'FROM alpine:3.20',
        'HEALTHCHECK CMD true'),
      lines('FROM nginx:1.27-alpine', 'RUN echo HEALTHCHECK', 'HEALTHCHECK CMD true'),
    ],
  },
  {
    rule: dl3013,
    fires: [
      [lines('FROM python:3.13-slim', 'RUN pip install MySQL_python'), [2]],
      [lines('FROM python:3.13-slim', 'RUN pip3 install flask requests==2.32.3'), [2]],
      [lines('FROM python:3.13-slim', 'RUN python -m pip install example'), [2]],
      [lines('FROM python:3.13-slim', 'RUN python3 -m pip install --index-url url example'), [2]],
      [lines('FROM python:3.13-slim',
        'RUN pip install git+https://github.com/rtfd/read-ext.git#egg=read-ext'), [2]],
      [lines('FROM python:3.13-slim', 'RUN pip install -U pip'), [2]],
      [lines('FROM python:3.13-slim', 'RUN pip install --no-cache-dir \\', '    flask'), [2]],
    ],
    silent: [
      lines('FROM python:3.13-slim', 'RUN pip install -r requirements.txt'),
      lines('FROM python:3.13-slim', 'RUN pip install --requirement requirements.txt'),
      lines('FROM python:3.13-slim', 'RUN pip install flask==3.0.0'),
      lines('FROM python:3.13-slim', 'RUN pip install "flask>=2"'),
      lines('FROM python:3.13-slim', "RUN pip install 'alabaster~=0.7' 'b===1' 'c!=2' 'd<3'"),
      lines('FROM python:3.13-slim', 'RUN pip install .'),
      lines('FROM python:3.13-slim', 'RUN pip install ./src /opt/wheels/pkg'),
      lines('FROM python:3.13-slim', 'RUN pip3 install mypkg.whl mypkg.tar.gz'),
      lines('FROM python:3.13-slim',
        'RUN pip install git+https://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext'),
      lines('FROM python:3.13-slim', 'RUN pip install pykafka --constraint http://foo.bar'),
      lines('FROM python:3.13-slim', 'RUN pip install pykafka -c constraints.txt'),
      lines('FROM python:3.13-slim', 'RUN pip3 install --target /opt/yamllint yamllint==1.20.0'),
      lines('FROM python:3.13-slim', 'RUN python -m pip install example==1.2.2'),
      lines('FROM python:3.13-slim',
        'RUN pip install --index-url https://eg.com/foo --extra-index-url https://ex.io/foo ' +
        'foobar==1.0.0'),
      lines('FROM python:3.13-slim', 'RUN pip install -e .'),
      lines('FROM python:3.13-slim', 'RUN pip download flask'),
    ],
  },
  {
    rule: dl3014,
    fires: [
      [debian('RUN apt-get install python'), [2]],
      [debian('RUN apt-get update && apt-get install --no-install-recommends python'), [2]],
      [debian('RUN apt-get update \\', ' && apt-get install curl=7.88.1 \\',
        ' && rm -rf /var/lib/apt/lists/*'), [3]],
      [debian('RUN apt-get install -y a=1 && apt-get install b=2'), [2]],
    ],
    silent: [
      debian('RUN apt-get install -qqy x'),
      debian('RUN apt-get install -yq python'),
      debian('RUN apt-get install -qq python'),
      debian('RUN apt-get install -y python'),
      debian('RUN apt-get -y install python'),
      debian('RUN apt-get --yes install python'),
      debian('RUN apt-get --assume-yes install python'),
      debian('RUN apt-get update'),
    ],
  },
  {
    rule: dl3015,
    fires: [
      [debian('RUN apt-get install -y python'), [2]],
      [debian('RUN apt-get update \\', ' && apt-get install -y curl=7.88.1 \\',
        ' && rm -rf /var/lib/apt/lists/*'), [3]],
      [debian('RUN apt-get -o APT::Install-Recommends=true install -y python'), [2]],
      [debian('RUN ["apt-get", "install", "-y", "python"]'), [2]],
    ],
    silent: [
      debian('RUN apt-get install -y --no-install-recommends python'),
      debian('RUN apt-get --no-install-recommends -y install python'),
      debian('RUN apt-get -o APT::Install-Recommends=false install -y python'),
      debian('RUN apt-get update && apt-get upgrade -y'),
      debian('RUN apt install -y python'),
    ],
  },
];

for (const { rule, fires, silent } of tables) {
  describe(`${rule.id} ${described(rule).title}`, () => {
    it.each(fires)('fires on %j', (source, expected) => {
      expect(firedLines(rule, source)).toEqual(expected);
    });
    it.each(silent)('is silent on %j', (source) => {
      expect(runRule(rule, source)).toEqual([]);
    });
  });
}

describe('examples', () => {
  for (const { rule } of tables) {
    it(`${rule.id}: the bad example fires, the good one is silent`, () => {
      expect(runRule(rule, described(rule).examples.bad).length).toBeGreaterThan(0);
      expect(runRule(rule, described(rule).examples.good)).toEqual([]);
    });
  }

  it('hits stay inside the Dockerfile and name what was found', () => {
    for (const { rule, fires } of tables) {
      for (const [source] of fires) {
        const lineCount = source.split('\n').length;
        for (const hit of runRule(rule, source)) {
          expect(hit.endLine).toBeGreaterThanOrEqual(hit.line);
          expect(hit.endLine).toBeLessThanOrEqual(lineCount);
          expect(hit.message).toMatch(/`/);
        }
      }
    }
  });
});

describe('messages', () => {
  it('DL3008 names the unpinned packages', () => {
    const [hit] = runRule(dl3008, debian('RUN apt-get install -y curl'));
    expect(hit?.message).toBe(
      'apt-get install `curl` without a version: pin it as `curl=<version>`');
  });

  it('DL3013 names the unpinned packages, not the pinned ones', () => {
    const [hit] = runRule(dl3013, lines('FROM python:3.13-slim',
      'RUN pip install flask requests==2.32.3 gunicorn'));
    expect(hit?.message).toContain('`flask`, `gunicorn`');
    expect(hit?.message).not.toContain('requests');
  });

  it('DL3008 spans a multi-line apt-get install up to the next command', () => {
    const hits = runRule(dl3008, debian('RUN apt-get update \\', ' && apt-get install -y \\',
      '      curl \\', '      git \\', ' && rm -rf /var/lib/apt/lists/*'));
    expect(hits.map((h) => [h.line, h.endLine])).toEqual([[3, 5]]);
  });

  it('DL3007 says when the latest tag comes from an ARG', () => {
    const [hit] = runRule(dl3007, lines('ARG TAG=latest', 'FROM node:${TAG}'));
    expect(hit?.message).toContain('resolves to `node:latest`');
  });
});
