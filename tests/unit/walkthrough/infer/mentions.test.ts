/**
 * Tests for the analyse stage, walkthroughs: which inline code spans of a section's prose name an
 * instruction of the whole file. Conservative on purpose: prose names other images all the time.
 */
import { describe, expect, it } from 'vitest';
import { prepareWhole } from '../../../../src/walkthrough/infer/match-snippet.ts';
import { mentionedInstructions } from '../../../../src/walkthrough/infer/mentions.ts';

const whole = prepareWhole([
  'ARG PYTHON_VERSION=3.13.3',
  'FROM python:${PYTHON_VERSION}-alpine3.20 AS base',
  'WORKDIR /app',
  'FROM ghcr.io/acme/tools:1.4 AS tools',
  'FROM base',
  'COPY --from=tools /bin/tool /bin/tool',
  'USER appuser',
  'CMD ["python", "app.py"]',
].join('\n'));

/** Instruction indices are model order; here index + 1 is the line. */
const lines = (code: string): number[] => mentionedInstructions(whole, [code]).map((i) => i + 1);

describe('mentionedInstructions', () => {
  it.each([
    ['python:alpine', [2], 'repository and variant word'],
    ['python:alpine3.20', [2], 'the variant with its version'],
    ['python:3.13-alpine', [2], 'a version prefix and the variant'],
    ['python:3.13.3-alpine3.20', [2], 'the tag as resolved'],
    ['docker.io/library/python:alpine', [2], 'Docker Hub spelled out'],
    ['ghcr.io/acme/tools:1.4', [4], 'another registry, same tag'],
    ['python:slim', [], 'another variant'],
    ['python:alpine3.19', [], 'another variant version'],
    ['python:3.12-alpine', [], 'another version'],
    ['python:3.13', [], 'no variant: the default (Debian) image'],
    ['python', [], 'a bare name: the language as often as the image'],
    ['acme/tools:1.4', [], 'the same path on Docker Hub'],
    ['USER appuser', [7], 'an instruction as written'],
    ['user appuser', [7], 'keyword case does not matter'],
    ['USER root', [], 'an instruction the file does not have'],
    ['CMD', [], 'a keyword alone'],
    ['WORKDIR /app', [3], 'an instruction in a stage'],
    ['--no-cache-dir', [], 'a flag alone'],
    ['appuser', [], 'a word alone'],
  ])('%s → %j (%s)', (code, expected) => {
    expect(lines(code)).toEqual(expected);
  });

  it('collects mentions from every span, once each, in file order', () => {
    const found = mentionedInstructions(whole, ['USER appuser', 'python:alpine', 'python:alpine']);
    expect(found.map((i) => i + 1)).toEqual([2, 7]);
  });
});
