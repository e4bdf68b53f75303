import { describe, expect, it } from 'vitest';
import { regionName } from '../../../src/render/ec-region-names.ts';

describe('regionName', () => {
  it('names a block by its file name, length and first line', () => {
    expect(regionName({ title: 'Dockerfile', language: 'dockerfile',
      lines: ['', 'FROM python:3.13-slim AS builder', 'RUN pip install flask'] }))
      .toBe('Code: Dockerfile, 3 lines, from "FROM python:3.13-slim AS builder"');
  });

  it('falls back to the language, and shortens a long first line', () => {
    expect(regionName({ language: 'bash', lines: [
      'docker run --rm -p 5000:5000 --name vote-service --read-only my-registry/vote:1.0'] }))
      .toBe('Code: Shell, 1 line, from "docker run --rm -p 5000:5000 --name vot…"');
    expect(regionName({ title: '  ', language: 'rust', lines: [] })).toBe('Code: rust, 0 lines');
  });

  it('tells apart two blocks of the same language', () => {
    const a = regionName({ language: 'dockerfile', lines: ['FROM alpine:3.20', 'USER app'] });
    const b = regionName({ language: 'dockerfile', lines: ['FROM python:3.13', 'USER app'] });
    expect(a).not.toBe(b);
  });
});

describe('regionName for a walkthrough excerpt', () => {
  it('keeps the place in the file its title gives', () => {
    expect(regionName({ title: 'Lines 1–2', language: 'dockerfile',
      lines: ['ARG PYTHON_VERSION=3.13.3', 'FROM python:${PYTHON_VERSION}-alpine'] }))
      .toBe('Code: Dockerfile, lines 1–2, from "ARG PYTHON_VERSION=3.13.3"');
  });
});

describe('regionName for the same block shown twice', () => {
  it('numbers the blocks where their place is known', () => {
    const block = { language: 'bash', lines: ['docker pull you/app:1.0'] };
    expect(regionName({ ...block, index: 3 })).toBe(
      'Code: Shell, 1 line, from "docker pull you/app:1.0" (block 4)');
    expect(regionName({ ...block, index: 3 })).not.toBe(regionName({ ...block, index: 6 }));
  });
});
