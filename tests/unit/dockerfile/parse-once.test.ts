/**
 * A Dockerfile text is parsed once (src/dockerfile/parse/parse-dockerfile.ts): the steps that
 * read a write-up's blocks (walkthroughs, lint findings, the practices evidence and verdicts)
 * used to parse each block again, 7,071 parses of 240 texts in a build of 200 write-ups. The
 * model kept for a text is frozen, so a reader cannot change what the next reader gets.
 */
import { describe, expect, it, vi } from 'vitest';

const built = vi.hoisted(() => new Map<string, number>());

vi.mock('../../../src/dockerfile/parse/build-model.ts', async (importOriginal) => {
  const real = await importOriginal<
    typeof import('../../../src/dockerfile/parse/build-model.ts')>();
  return { ...real, buildModel: (...args: Parameters<typeof real.buildModel>) => {
    built.set(args[0], (built.get(args[0]) ?? 0) + 1);
    return real.buildModel(...args);
  } };
});

const { parseDockerfile } = await import('../../../src/dockerfile/parse/parse-dockerfile.ts');
const { renderWriteup } = await import('../practices/render-writeup.ts');

describe('parseDockerfile', () => {
  it('parses each block of a write-up once, for every step that reads it', async () => {
    built.clear();
    const vote = await renderWriteup('containerizing-the-vote-service');
    expect(vote.dockerfiles.length).toBeGreaterThan(1);
    expect(built.size).toBeGreaterThan(1);
    // Before: 2 to 9 parses of each text (walkthrough, lint, practices…).
    expect(Math.max(...built.values())).toBe(1);
  });

  it('hands out a frozen model, the same for the same text', () => {
    const text = 'FROM python:3.12-slim\nRUN pip install flask\n';
    const model = parseDockerfile(text);
    expect(parseDockerfile(`${text}`)).toBe(model);
    expect(Object.isFrozen(model.stages[0]?.instructions[0]?.args)).toBe(true);
    expect(() => model.instructions.push(model.instructions[0]!)).toThrow(TypeError);
  });

  it('parses again with another syntax validator', () => {
    const text = 'FROM alpine\nBOGUS x\n';
    const own = parseDockerfile(text, { validate: () => [] });
    expect(own.syntaxErrors).toEqual([]);
    expect(parseDockerfile(text).syntaxErrors.length).toBeGreaterThan(0);
  });
});
