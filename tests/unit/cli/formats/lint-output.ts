/**
 * Test helper for the output formats: real lint output (the engine's hadolint and shipshape rules
 * on a small Dockerfile with an error, a warning and an info finding), reported under a file name
 * that needs escaping in every syntax (space, `&`, `"`, `<`). `relatedReports` is the whole
 * engine on a CMD both rule sets flag, each finding naming the other.
 */
import { lintDockerfile } from '../../../../src/dockerfile/lint.ts';
import { allRules } from '../../../../src/dockerfile/rules/index.ts';
import type { FileReport } from '../../../../src/cli/formats/index.ts';

export const DOCKERFILE = [
  'FROM alpine:3.20',
  'WORKDIR app',
  'RUN apk add curl=8.12.1-r0',
  'USER 10001',
  'HEALTHCHECK NONE',
  'CMD check --all',
  '',
].join('\n');

export const FILE = 'build dir/a&b"<1>.Dockerfile';

export function lintReports(): FileReport[] {
  const rules = allRules.filter((rule) => rule.source !== 'buildkit');
  const { findings } = lintDockerfile(DOCKERFILE,
    { fragment: false, hasDockerignore: true, rules });
  return [{ file: FILE, findings }, { file: 'clean/Dockerfile', findings: [] }];
}

export function relatedReports(): FileReport[] {
  const { findings } = lintDockerfile('FROM alpine:3.20\nCMD check --all\n');
  return [{ file: 'Dockerfile', findings: findings.filter((f) => f.line === 2) }];
}
