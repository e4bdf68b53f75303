/**
 * Unit tests for the analyse stage's image naming (comparisons): what the default matcher takes
 * for an image reference or variant, what it refuses, and where findMentions sees images named.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultImageMatcher, imageFamily,
} from '../../../../src/compare/claims/image-matcher.ts';
import { findMentions } from '../../../../src/compare/claims/mentions.ts';

describe('defaultImageMatcher', () => {
  const named: [string, string][] = [
    ['python:3.13-slim', 'python:3.13-slim'],
    ['`python:3.9-alpine3.15`', 'python:3.9-alpine3.15'],
    ['Python 3.13-slim', 'python:3.13-slim'],
    ['3-alpine3.15', 'python:3-alpine3.15'],
    ['alpine:3.18', 'alpine:3.18'],
    ['docker.io/library/python:3.12', 'python:3.12'],
    ['gcr.io/distroless/python3-debian11', 'gcr.io/distroless/python3-debian11'],
    // Distroless is only published on gcr.io; write-ups drop the host.
    ['distroless/static:nonroot', 'gcr.io/distroless/static:nonroot'],
    ['Alpine', 'alpine'],
    ['Alpine Linux', 'alpine'],
    ['-slim', 'slim'],
    ['Slim Variant', 'slim'],
    ['Distroless Image', 'distroless'],
    ['distroless Python', 'gcr.io/distroless/python3'],
    ['standard Python images', 'full'],
    ['full Python base', 'full'],
    ['full variant', 'full'],
    ['python:${PYTHON_VERSION}-alpine', 'alpine'],
  ];
  for (const [text, image] of named) {
    it(`names ${image} in ${JSON.stringify(text)}`, () => {
      expect(defaultImageMatcher(text)).toBe(image);
    });
  }

  it('refuses what only looks like an image', () => {
    for (const text of [
      'full', 'python', 'Python 3.13', 'appuser:appuser', 'localhost:5000', '0.0.0.0:5000',
      'sha256:51e1a0a317fdb6e1', 'docs.docker.com/build/building',
      'https://hub.docker.com/_/python',
      'Alpine packages', 'python_distroless_comparison.png',
    ]) {
      expect(defaultImageMatcher(text), text).toBeUndefined();
    }
  });
});

describe('imageFamily', () => {
  it('puts references in the family a write-up may name instead', () => {
    expect(imageFamily('python:3.13-slim')).toBe('slim');
    expect(imageFamily('python:3.9-alpine3.15')).toBe('alpine');
    expect(imageFamily('alpine:3.18')).toBeUndefined();
    expect(imageFamily('python:3.13')).toBe('full');
    expect(imageFamily('gcr.io/distroless/static:nonroot')).toBe('distroless');
    expect(imageFamily('slim')).toBe('slim');
  });
});

describe('findMentions', () => {
  it('finds each image where it is named, longest name first', () => {
    const text = 'Compared to `python:3.13-full` (~900MB), Python 3.13-slim and the Alpine image';
    const found = findMentions(text, defaultImageMatcher);
    expect(found.map((mention) => [mention.image, text.slice(mention.start, mention.end)]))
      .toEqual([
        ['python:3.13-full', 'python:3.13-full'],
        ['python:3.13-slim', 'Python 3.13-slim'],
        ['alpine', 'Alpine image'],
      ]);
  });
});
