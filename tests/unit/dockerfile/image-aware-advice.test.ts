/**
 * Unit tests for advice that depends on the image (issue 13, found on student Dockerfiles): SS004
 * suggests a HEALTHCHECK the image can run, on the port it EXPOSEs (curl is missing from slim,
 * alpine, distroless and scratch); SS001 suggests a numeric USER where there is no `useradd`;
 * and DL3022 stays silent on `COPY --from=builder` when the snippet defines `builder` earlier.
 */
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../../src/dockerfile/lint.ts';
import { rule as ss001 } from '../../../src/dockerfile/rules/ss001-runs-as-root.ts';
import { rule as ss004 } from '../../../src/dockerfile/rules/ss004-no-healthcheck.ts';
import { runRule } from './run-rule.ts';

const message = (rule: typeof ss004, text: string): string =>
  runRule(rule, text).map((hit) => hit.message).join('\n');

describe('SS004 suggests a probe the image has, on its port', () => {
  const cases: Array<[string, string, RegExp[], RegExp[]]> = [
    ['python slim, EXPOSE 5000', 'FROM python:3.13-slim\nEXPOSE 5000\nCMD ["python", "app.py"]\n',
      [/urllib\.request\.urlopen\('http:\/\/localhost:5000\/health'\)/], [/\["curl"/]],
    ['node alpine, EXPOSE 3000', 'FROM node:22-alpine\nEXPOSE 3000/tcp\nCMD ["node", "s.js"]\n',
      [/require\('http'\)\.get\('http:\/\/localhost:3000\/health'/], [/\["curl"/]],
    ['nginx alpine: BusyBox wget', 'FROM nginx:1.27-alpine\nEXPOSE 80\nCMD ["nginx"]\n',
      [/"wget", "-q", "--spider", "http:\/\/localhost:80\/health"/], [/\["curl"/]],
    ['busybox', 'FROM busybox:1.36\nEXPOSE 8080\nCMD ["httpd", "-f"]\n',
      [/wget.*localhost:8080/], [/\["curl"/]],
    ['scratch: none possible without a binary',
      'FROM golang:1.24 AS b\nRUN go build -o /app\nFROM scratch\nCOPY --from=b /app /app\n' +
      'EXPOSE 8080\nENTRYPOINT ["/app"]\n',
      [/no HEALTHCHECK can work as the image stands/, /binary the image ships/], [/add `HEALTH/]],
    ['distroless static: none possible',
      'FROM gcr.io/distroless/static-debian12\nCOPY app /app\nENTRYPOINT ["/app"]\n',
      [/no shell, curl or wget/], [/add `HEALTH/]],
    ['distroless python: its python', 'FROM gcr.io/distroless/python3-debian12\nEXPOSE 8000\n' +
      'CMD ["app.py"]\n', [/"python3", "-c".*localhost:8000/], [/\["curl"/]],
    ['debian installing curl: curl', 'FROM debian:12.5\nRUN apt-get update && apt-get install ' +
      '-y curl && rm -rf /var/lib/apt/lists/*\nEXPOSE 8080\nCMD ["srv"]\n',
      [/"curl", "-fsS", "http:\/\/localhost:8080\/health"/], []],
    ['no EXPOSE: says to put the port in', 'FROM python:3.13-slim\nCMD ["python", "app.py"]\n',
      [/localhost:<port>/, /no EXPOSE/], [/8000/]],
    ['ubuntu: neither tool is known', 'FROM ubuntu:24.04\nEXPOSE 9000\nCMD ["srv"]\n',
      [/may have neither curl nor wget/, /localhost:9000/], []],
  ];
  for (const [name, text, present, absent] of cases) {
    it(name, () => {
      const said = message(ss004, text);
      for (const pattern of present) expect(said).toMatch(pattern);
      for (const pattern of absent) expect(said).not.toMatch(pattern);
    });
  }
});

describe('SS001 suggests what works in the image', () => {
  it('tells FROM scratch to set a numeric USER, not to run useradd', () => {
    const said = message(ss001, 'FROM golang:1.24 AS b\nRUN go build -o /app\nFROM scratch\n' +
      'COPY --from=b /app /app\nENTRYPOINT ["/app"]\n');
    expect(said).toMatch(/`USER 65532:65532`/);
    expect(said).not.toMatch(/useradd --create-home/);
  });

  it('tells distroless to use its :nonroot tag', () => {
    const said = message(ss001, 'FROM gcr.io/distroless/static-debian12\nENTRYPOINT ["/app"]\n');
    expect(said).toMatch(/`gcr\.io\/distroless\/static-debian12:nonroot`/);
  });

  it('tells alpine to use adduser, which BusyBox has', () => {
    const said = message(ss001, 'FROM alpine:3.20\nCMD ["sh"]\n');
    expect(said).toMatch(/adduser -D/);
    expect(said).not.toMatch(/useradd/);
  });
});

describe('DL3022 and a stage defined earlier in the same snippet', () => {
  const snippets = [
    'FROM python:3.13-slim as builder\n# ... install dependencies ...\n\n' +
      'FROM python:3.13-slim\nCOPY --from=builder /opt/venv /opt/venv\n',
    'FROM golang:1.24 \\\n  AS builder\nFROM alpine:3.20\nCOPY --from=builder /a /a\n',
    'FROM golang:1.24 AS Builder\nFROM alpine:3.20\nCOPY --from=builder /a /a\n',
    'FROM --platform=$BUILDPLATFORM golang:1.24 AS builder\nFROM alpine:3.20\n' +
      'COPY --link --from=builder /a /a\n',
  ];
  for (const snippet of snippets) {
    it(`is silent on ${JSON.stringify(snippet.split('\n')[0])}`, () => {
      const ids = lintDockerfile(snippet).findings.map((f) => f.rule);
      expect(ids).not.toContain('DL3022');
    });
  }
});

describe('DL3025 on HEALTHCHECK CMD suggests an array that runs the same check', () => {
  const said = (text: string): string => lintDockerfile(text).findings
    .filter((f) => f.rule === 'DL3025').map((f) => f.message).join('\n');

  it('drops `|| exit 1`, which exec form does not need', () => {
    expect(said('FROM a\nHEALTHCHECK CMD wget -q -O /dev/null http://localhost/ || exit 1\n'))
      .toContain('`HEALTHCHECK CMD ["wget", "-q", "-O", "/dev/null", "http://localhost/"]`');
  });

  it('unquotes a quoted argument rather than wrapping it in a shell', () => {
    expect(said('FROM a\nHEALTHCHECK CMD python -c "import urllib.request as u; ' +
      'u.urlopen(\'http://localhost:8080/health\')"\n')).toContain('`HEALTHCHECK CMD ["python", ' +
      '"-c", "import urllib.request as u; u.urlopen(\'http://localhost:8080/health\')"]`');
  });

  it('keeps other shell syntax under sh -c', () => {
    expect(said('FROM a\nHEALTHCHECK CMD curl -f http://x/ && echo ok\n'))
      .toContain('["sh", "-c", "curl -f http://x/ && echo ok"]');
  });

  it('is silent on exec form and NONE', () => {
    expect(said('FROM a\nHEALTHCHECK CMD ["x"]\n')).toBe('');
    expect(said('FROM a\nHEALTHCHECK NONE\n')).toBe('');
  });
});
