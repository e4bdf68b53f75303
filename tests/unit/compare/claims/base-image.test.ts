/**
 * The image a write-up builds on is read from its final Dockerfile, as the practices matrix
 * decides it (src/practices/final-dockerfile.ts): not a bad example shown after it, not a
 * snippet quoted after it.
 */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { writeupBaseImage } from '../../../../src/compare/claims/base-image.ts';
import { defaultImageMatcher } from '../../../../src/compare/claims/image-matcher.ts';

const base = (markdown: string) => writeupBaseImage(
  unified().use(remarkParse).use(remarkGfm).parse(markdown), markdown, defaultImageMatcher);

const final = '```dockerfile\nFROM python:3.12-slim\nCMD ["python", "app.py"]\n```\n';

describe('writeupBaseImage', () => {
  it('reads the final Dockerfile, not a bad example shown after it', () => {
    expect(base(`# App\n\n${final}\n## Pitfalls\n\n**Bad example:**\n\n` +
      '```dockerfile\nFROM python:3.12-alpine\nCMD ["python", "app.py"]\n```\n'))
      .toBe(defaultImageMatcher('python:3.12-slim'));
  });

  it('reads the final Dockerfile, not a snippet quoted after it', () => {
    expect(base(`# App\n\n${final}\nOn Alpine it would read:\n\n` +
      '```dockerfile\nFROM python:3.12-alpine\n```\n'))
      .toBe(defaultImageMatcher('python:3.12-slim'));
  });

  it('without a complete file, reads the last block with a FROM', () => {
    expect(base('# App\n\n```dockerfile\nFROM python:3.12-slim AS build\n```\n\n' +
      '```dockerfile\nFROM python:3.12-alpine\n```\n'))
      .toBe(defaultImageMatcher('python:3.12-alpine'));
  });
});
