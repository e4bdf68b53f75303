/**
 * Exercises, build cost: the build lints an exercise's starting file and model solution once
 * each — the goal checks, the rule titles for the editor's hover and the states on load all read
 * the same lint (they used to lint each file twice, once for the goals and once for the titles).
 */
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it, vi } from 'vitest';

const linted = vi.hoisted(() => [] as string[]);

vi.mock('../../../src/dockerfile/browser.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/dockerfile/browser.ts')>();
  return { ...original, lintDockerfile: (...args: Parameters<typeof original.lintDockerfile>) => {
    linted.push(args[0]);
    return original.lintDockerfile(...args);
  } };
});

const { remarkExercises } = await import('../../../src/exercises/remark-exercises.ts');

const fence = '```';
const START = 'FROM python:latest\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n';
const SOLUTION = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n';
const EXERCISE = `::::exercise{id=pin title="Pin the base image"}
Pin it.

${fence}dockerfile
${START}${fence}

::goal{rule=DL3007}
::goal{practice=pinned-base}

:::solution
${fence}dockerfile
${SOLUTION}${fence}
:::
::::
`;

describe('remarkExercises lints each file once', () => {
  it('lints the starting file and the solution one time each', async () => {
    const file = new VFile({ value: EXERCISE, path: '/site/content/exercises/x.md' });
    await unified().use(remarkParse).use(remarkDirective).use(remarkExercises)
      .use(remarkRehype).use(rehypeStringify).process(file);
    expect(linted.filter((text) => text === START.trimEnd())).toHaveLength(1);
    expect(linted.filter((text) => text === SOLUTION.trimEnd())).toHaveLength(1);
  });
});
