/**
 * Unit tests: Dockerfiles BuildKit builds (or reports only with a build check) are not syntax
 * errors (SS000) on either entry, Node (dockerfile-utils as the authority) and browser (our own
 * checks): a duplicate stage name is BuildKit's DuplicateStageName warning; EXPOSE with an IP
 * address or host port is its ExposeInvalidFormat warning; a port or image that is a variable is
 * known only at build time (an undeclared one is UndefinedArgInFrom). Mistakes stay errors.
 */
import { describe, expect, it } from 'vitest';
import { lintDockerfile as browserLint } from '../../../../src/dockerfile/browser.ts';
import { lintDockerfile as nodeLint } from '../../../../src/dockerfile/lint.ts';

const entries = { node: nodeLint, browser: browserLint };

function syntaxErrors(lint: typeof nodeLint, source: string): string[] {
  return lint(source, { fragment: false }).findings.filter((f) => f.rule === 'SS000')
    .map((f) => `${f.line}: ${f.message}`);
}

const valid: Array<[string, string]> = [
  ['duplicate stage name', 'FROM scratch AS b\nFROM scratch AS b\n'],
  ['duplicate stage name, other case', 'FROM alpine AS build\nFROM alpine AS Build\n'],
  ['EXPOSE with IP and host port',
    'FROM scratch\nEXPOSE 127.0.0.1:80:80 [::1]:8080:8080 5000:5000 8000\n'],
  ['EXPOSE host range', 'FROM scratch\nEXPOSE 8000-8001:80-81/udp\n'],
  ['FROM ${VALUE} undeclared', 'FROM ${VALUE}\n'],
  ['FROM $VALUE undeclared, named', 'FROM $VALUE AS base\nRUN true\n'],
  ['FROM ${VALUE} declared', 'ARG VALUE=alpine\nFROM ${VALUE}\n'],
  ['EXPOSE range ending in a variable', 'FROM alpine\nEXPOSE 40000-${FOOBAR}\n'],
  ['EXPOSE a variable', 'FROM alpine\nEXPOSE ${PORT}\n'],
];

const invalid: Array<[string, string, string]> = [
  ['unknown instruction', 'FROM alpine\nBADCMD\n', '2: Unknown instruction: BADCMD'],
  ['EXPOSE a word', 'FROM alpine\nEXPOSE abc\n', '2: Invalid containerPort: abc'],
  ['EXPOSE an unknown protocol', 'FROM alpine\nEXPOSE 80/foo\n', '2: Invalid proto: foo'],
  ['EXPOSE a bad IP', 'FROM alpine\nEXPOSE 1.2.3:80:80\n',
    '2: Invalid containerPort: 1.2.3:80:80'],
];

describe('SS000 on Dockerfiles BuildKit accepts', () => {
  for (const [entry, lint] of Object.entries(entries)) {
    for (const [name, source] of valid) {
      it(`${entry}: ${name} is not a syntax error`, () => {
        expect(syntaxErrors(lint, source)).toEqual([]);
      });
    }
    for (const [name, source, error] of invalid) {
      it(`${entry}: ${name} is still one`, () => {
        expect(syntaxErrors(lint, source)).toEqual([error]);
      });
    }
  }

  it('reports the duplicate as DuplicateStageName instead, on the later FROM', () => {
    const { findings } = nodeLint('FROM scratch AS b\nFROM scratch AS b\n', { fragment: false });
    const duplicate = findings.filter((f) => f.rule === 'DuplicateStageName');
    expect(duplicate.map((f) => f.line)).toEqual([2]);
  });
});
