/**
 * Test helper for the output formats: real lint output (the engine on a small Dockerfile with an
 * error, a warning carrying an alias and an info finding), reported under a file name that needs
 * escaping in every syntax (space, `&`, `"`, `<`).
 */
import { lintDockerfile } from '../../../../src/dockerfile/lint.ts';
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
  const { findings } = lintDockerfile(DOCKERFILE, { fragment: false, hasDockerignore: true });
  return [{ file: FILE, findings }, { file: 'clean/Dockerfile', findings: [] }];
}
