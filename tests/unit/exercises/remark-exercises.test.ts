/**
 * The `::::exercise` directive through remark: the section a reader without JavaScript sees
 * (task, starting file, goal checklist with links, hints in `<details>`, the solution behind a
 * closed `<details>`), the data it carries for the interactive part, and each authoring mistake
 * stopping at its line with what to change.
 */
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describedRules } from '../../../src/dockerfile/rules/texts.ts';
import { describe, expect, it } from 'vitest';
import { exerciseDataSchema } from '../../../src/exercises/exercise-schema.ts';
import { remarkExercises } from '../../../src/exercises/remark-exercises.ts';

const fence = '```';
const GOOD = `# Lesson

::::exercise{id=pin-and-trim title="Pin the base image"}
Pin the base image and keep pip's cache out.

${fence}dockerfile
FROM python:latest
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "app.py"]
${fence}

::goal{rule=DL3007}
::goal[Keep pip's \`--no-cache-dir\`]{rule=DL3042}
::goal{practice=pinned-base}
::goal{instruction=workdir}

:::hint
Look at the tag after \`python:\`.
:::

:::hint
pip has a flag for its cache.
:::

:::solution
${fence}dockerfile
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "app.py"]
${fence}
:::
::::
`;

async function render(markdown: string): Promise<string> {
  const file = new VFile({ value: markdown, path: '/site/content/exercises/x.md' });
  const result = await unified().use(remarkParse).use(remarkGfm).use(remarkDirective)
    .use(remarkExercises).use(remarkRehype).use(rehypeStringify).process(file);
  return String(result.value);
}

async function failure(markdown: string): Promise<string> {
  try {
    await render(markdown);
  } catch (error) {
    const message = error as { line?: number; reason?: string; ruleId?: string };
    return `${message.line}: ${message.reason} [${message.ruleId}]`;
  }
  throw new Error('expected the exercise to be refused');
}

describe('remarkExercises', () => {
  it('lays the exercise out for reading and printing, without JavaScript', async () => {
    const tree = fromHtml(await render(GOOD), { fragment: true });
    const section = select('section.exercise', tree);
    expect(section?.properties['dataExerciseId']).toBe('pin-and-trim');
    expect(toString(select('h2', section!)!)).toBe('Exercise: Pin the base image');
    expect(toString(section!)).toContain('Pin the base image and keep pip\'s cache out.');
    const goals = selectAll('ul.exercise-goals > li', section!);
    expect(select('[data-exercise-part="start"] + pre', section!)).toBeDefined();
    expect(goals.map((li) => toString(select('strong', li)!))).toEqual([
      'Do not use the latest tag', 'Keep pip\'s --no-cache-dir', 'Pinned base image',
      'The Dockerfile has a WORKDIR instruction',
    ]);
    expect(goals.map((li) => toString(select('.exercise-check', li)!))).toEqual([
      'Checked: rule DL3007 does not fire.',
      'Checked: rule DL3042 does not fire.',
      'Checked: the practice “Pinned base image” holds, as the practices matrix judges it.',
      'Checked: the file has a WORKDIR instruction.',
    ]);
    expect(goals.map((li) => select('a', li)?.properties['href'])).toEqual([
      '/rules/dl3007/', '/rules/dl3042/', '/practices/',
      'https://docs.docker.com/reference/dockerfile/#workdir',
    ]);
    expect(goals.every((li) => select('input[type=checkbox][disabled]', li))).toBe(true);
    // States on load are the starting file's, computed at build time: it already has WORKDIR.
    expect(goals.map((li) => li.properties['dataGoalState'])).toEqual(
      ['open', 'open', 'open', 'met']);
    expect(goals.map((li) => toString(select('.exercise-goal-state', li)!))).toEqual(
      ['open', 'open', 'open', 'met']);
    expect(goals.map((li) => select('input[checked]', li) !== undefined)).toEqual(
      [false, false, false, true]);
    const hints = selectAll('details.exercise-hint', section!);
    expect(hints.map((d) => toString(select('summary', d)!))).toEqual(
      ['Hint 1 of 2', 'Hint 2 of 2']);
    const solution = select('details.exercise-solution', section!);
    expect(solution?.properties['open']).toBeUndefined();
    expect(toString(solution!)).toContain('--no-cache-dir');
  });

  it('carries the starting file, goals and solution for the interactive part', async () => {
    const section = select('section.exercise', fromHtml(await render(GOOD), { fragment: true }));
    const data = exerciseDataSchema.parse(JSON.parse(String(section?.properties['dataExercise'])));
    expect(data.start.split('\n')[0]).toBe('FROM python:latest');
    expect(data.solution.split('\n')[0]).toBe('FROM python:3.12-slim');
    expect(data.goals.map((g) => g.kind)).toEqual(['rule', 'rule', 'practice', 'instruction']);
    expect(data.goals[1]?.label).toBe('Keep pip\'s --no-cache-dir');
    expect(data.goals[3]).toMatchObject({ instruction: 'WORKDIR' });
    // The editor's hover gives a rule's title, as the playground's: for the goals' rules and
    // what the starting file raises (DL3007 for `python:latest`), from the rules' own texts.
    const title = (id: string) => describedRules.find((rule) => rule.id === id)?.title;
    expect(data.titles['DL3007']).toBe(title('DL3007'));
    expect(data.titles['DL3042']).toBe(title('DL3042'));
    expect(Object.values(data.titles).every((text) => text.length > 0)).toBe(true);
  });

  it('refuses a starting file that already meets every goal, at its line', async () => {
    const solved = GOOD.replace('FROM python:latest', 'FROM python:3.12-slim')
      .replace('RUN pip install -r', 'RUN pip install --no-cache-dir -r');
    expect(await failure(solved)).toMatch(new RegExp('^6: the starting Dockerfile of exercise ' +
      '`pin-and-trim` already meets every goal .*\\[exercise\\]$'));
  });

  it('refuses a model solution that misses a goal, naming the goal and why', async () => {
    const wrong = GOOD.replace('RUN pip install --no-cache-dir -r', 'RUN pip install -r');
    const text = await failure(wrong);
    expect(text).toContain('29: the model solution of exercise `pin-and-trim` does not meet ' +
      'the goal `rule=DL3042` (line 16): `DL3042` fires on line 4');
  });

  it('refuses unknown rules, practices and instructions with the nearest names', async () => {
    expect(await failure(GOOD.replace('rule=DL3007', 'rule=DL30077')))
      .toMatch(/^15: `::goal` names rule `DL30077`, .*nearest: `DL3007`/);
    expect(await failure(GOOD.replace('practice=pinned-base', 'practice=dockerignore')))
      .toMatch(/^17: `::goal` names practice `dockerignore`; expected one of `pinned-base`/);
    expect(await failure(GOOD.replace('instruction=workdir', 'instruction=WORKDIRR')))
      .toMatch(/^18: `::goal` names instruction `WORKDIRR`; .*nearest: `WORKDIR`/);
    expect(await failure(GOOD.replace('::goal{rule=DL3007}', '::goal{rule=DL3007 practice=x}')))
      .toMatch(/^15: `::goal` has `\{rule=DL3007 practice=x\}`; expected exactly one of/);
  });

  it('refuses a malformed exercise: attributes, missing parts, stray directives', async () => {
    expect(await failure(GOOD.replace('id=pin-and-trim', 'id="Pin it"')))
      .toMatch(/^3: `::::exercise` has .*`id`.*expected `\{id=/);
    expect(await failure(GOOD.replace(/::goal.*\n/g, '')))
      .toMatch(/^3: the exercise `pin-and-trim` has no `::goal\{…\}`/);
    expect(await failure(GOOD.replace(':::solution', ':::note')))
      .toMatch(/^28: `note` is not a part of an exercise/);
    expect(await failure(GOOD.replace(/:::solution[\s\S]*?\n:::\n/, '')))
      .toMatch(/^3: the exercise `pin-and-trim` has 0 `:::solution` blocks/);
  });
});
