/**
 * Exercises on the built site: every lesson ends with its exercise — task, starting Dockerfile,
 * goals as a checklist linking the page that explains each, hints one per closed `<details>`,
 * the solution behind a closed `<details>` and again in the print-only appendix — and carries
 * its data for the interactive part. A broken exercise stops the build at its `file:line`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSite, type SitePage } from '../../src/checks/site-files.ts';
import { checkGoals } from '../../src/exercises/check-goals.ts';
import { exerciseDataSchema, type ExerciseData } from '../../src/exercises/exercise-schema.ts';
import { parseSyllabus, SYLLABUS_FILE } from '../../src/syllabus/read-syllabus.ts';
import { buildFixture, removeFixture } from './build-fixture.ts';

const root = join(import.meta.dirname, '../..');
const { syllabus } = parseSyllabus(readFileSync(join(root, SYLLABUS_FILE), 'utf8'),
  SYLLABUS_FILE);
let pages: SitePage[] = [];
const tree = (url: string): Root => {
  const found = pages.find((p) => p.url === url);
  if (!found) throw new Error(`no page at ${url} in dist/`);
  return found.tree;
};
/** The code of an Expressive Code block, one string with its lines. */
const codeOf = (node: Element): string =>
  // An empty line holds a newline of its own, so that it keeps its height.
  selectAll('.ec-line', node).map((line) => toString(line).replace(/\n$/, '')).join('\n');
const dataOf = (section: Element): ExerciseData =>
  exerciseDataSchema.parse(JSON.parse(String(section.properties['dataExercise'])));

beforeAll(() => {
  pages = readSite(join(root, 'dist'));
});

describe('exercises on the built site', () => {
  it('end every lesson, after everything the lesson pulls in', () => {
    expect(syllabus.lessons).toHaveLength(7);
    for (const lesson of syllabus.lessons) {
      const main = select('.sl-markdown-content', tree(`/lessons/${lesson.slug}/`))!;
      const sources = selectAll(':scope > section.lesson-source', main);
      expect(sources.at(-1)?.properties['dataSource'], lesson.slug).toBe('exercises');
      expect(selectAll('section.exercise', main), lesson.slug).toHaveLength(1);
      expect(toString(select('section.exercise h2', main)!)).toMatch(/^Exercise: \S/);
    }
  });

  it('show the starting file, and a goal checklist that links what each goal checks', () => {
    let goals = 0;
    for (const lesson of syllabus.lessons) {
      const section = select('section.exercise', tree(`/lessons/${lesson.slug}/`))!;
      const data = dataOf(section);
      const blocks = selectAll('.expressive-code', section);
      expect(codeOf(blocks[0]!), lesson.slug).toBe(data.start.trimEnd());
      const items = selectAll('ul.exercise-goals > li', section);
      const atStart = checkGoals(data.start, data.goals);
      expect(items.map((li) => toString(select('strong', li)!)), lesson.slug)
        .toEqual(data.goals.map((goal) => goal.label));
      for (const [index, li] of items.entries()) {
        const goal = data.goals[index]!;
        expect(select('input[type=checkbox][disabled]', li), lesson.slug).toBeDefined();
        // On load each goal shows the starting file's state, checked at build time.
        const state = atStart[index]?.met ? 'met' : 'open';
        expect(li.properties['dataGoalState'], lesson.slug).toBe(state);
        expect(toString(select('.exercise-goal-state', li)!)).toBe(state);
        expect(select('input[checked]', li) !== undefined).toBe(state === 'met');
        const check = toString(select('.exercise-check', li)!);
        const href = String(select('.exercise-check a', li)?.properties['href']);
        if (goal.kind === 'rule') {
          expect(check).toBe(`Checked: rule ${goal.rule} does not fire.`);
          expect(existsSync(join(root, 'dist', href, 'index.html')), href).toBe(true);
        } else if (goal.kind === 'practice') {
          expect(check).toMatch(/^Checked: the practice “.+” holds, as the practices matrix/);
          expect(href).toBe('/practices/');
        } else {
          expect(check).toBe(`Checked: the file has a ${goal.instruction} instruction.`);
          expect(href).toBe('https://docs.docker.com/reference/dockerfile/#'
            + goal.instruction.toLowerCase());
        }
        goals += 1;
      }
      // What the page shows is what the build checked: the start leaves a goal open, the
      // solution meets them all.
      expect(checkGoals(data.start, data.goals).some((state) => !state.met)).toBe(true);
      expect(checkGoals(data.solution, data.goals).every((state) => state.met)).toBe(true);
    }
    expect(goals).toBeGreaterThanOrEqual(14);
  });

  it('load the exercises\' script on lessons and the syllabus only, which counts them', () => {
    const script = (page: SitePage) => selectAll('script[src]', page.tree)
      .some((node) => String(node.properties['src']).includes('ExercisesScript'));
    const withScript = pages.filter(script).map((page) => page.url).sort();
    expect(withScript).toEqual(['/syllabus/',
      ...syllabus.lessons.map((lesson) => `/lessons/${lesson.slug}/`)].sort());
    const ids = syllabus.lessons.map((lesson) => String(select('section.exercise',
      tree(`/lessons/${lesson.slug}/`))?.properties['dataExerciseId']));
    const progress = select('[data-course-progress]', tree('/syllabus/'))!;
    expect(JSON.parse(String(progress.properties['dataExerciseIds']))).toEqual(ids);
    expect(toString(select('[data-progress-count]', progress)!)).toBe('0 of 7 exercises done');
    const rows = selectAll('[data-lesson-exercises]', tree('/syllabus/'));
    expect(rows.map((row) => JSON.parse(String(row.properties['dataLessonExercises']))))
      .toEqual(ids.map((id) => [id]));
  });

  it('keep hints and the solution behind closed folds, and the solution in the appendix', () => {
    for (const lesson of syllabus.lessons) {
      const page = tree(`/lessons/${lesson.slug}/`);
      const section = select('section.exercise', page)!;
      const hints = selectAll('details.exercise-hint', section);
      expect(hints.length, lesson.slug).toBeGreaterThanOrEqual(2);
      expect(hints.map((d) => toString(select('summary', d)!)))
        .toEqual(hints.map((_, i) => `Hint ${i + 1} of ${hints.length}`));
      expect(hints.every((d) => d.properties['open'] === undefined)).toBe(true);
      const solution = select('details.exercise-solution', section)!;
      expect(solution.properties['open']).toBeUndefined();
      expect(toString(select('summary', solution)!)).toBe('Show the model solution');
      const data = dataOf(section);
      expect(codeOf(select('.expressive-code', solution)!)).toBe(data.solution.trimEnd());
      // The appendix: last on the page, the same solution, no ids to collide with.
      const main = select('.sl-markdown-content', page)!;
      const appendix = select(':scope > section.exercise-appendix', main)!;
      const last = main.children.filter((n): n is Element => n.type === 'element' &&
        n.tagName !== 'script').at(-1);
      expect(last).toBe(appendix);
      expect(toString(select('h2', appendix)!)).toBe('Appendix: model solutions');
      expect(toString(select('h3', appendix)!)).toBe(`Solution: ${data.title}`);
      expect(codeOf(select('.expressive-code', appendix)!)).toBe(data.solution.trimEnd());
      expect(selectAll('[id]', appendix)).toEqual([]);
    }
  });
});

describe('a broken exercise', () => {
  it('fails the build with file:line, what is wrong and how to fix it', () => {
    const fence = '```';
    const build = buildFixture({
      'content/pages/index.md': '---\ntitle: Home\n---\n\nHello.\n',
      'content/writeups/demo.md': '# Demo\n\n## Install the requirements\n\nText.\n',
      'content/syllabus.yaml': 'title: Course\nintro: A course.\nlessons:\n  - slug: one\n'
        + '    title: One\n    minutes: 10\n    objectives: [Install]\n    sources:\n'
        + '      - writeup: demo\n    exercises: one\n',
      'content/exercises/one.md': [
        'Try this.', '',
        '::::exercise{id=cache title="Keep the cache out"}',
        `${fence}dockerfile`, 'FROM python:3.12-slim', 'RUN pip install flask',
        'CMD ["flask", "run"]', fence, '',
        '::goal{rule=DL3042}', '',
        ':::solution', `${fence}dockerfile`, 'FROM python:3.12-slim',
        'RUN pip install flask', 'CMD ["flask", "run"]', fence, ':::', '::::', '',
      ].join('\n'),
    });
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('content/exercises/one.md:13: the model solution of '
      + 'exercise `cache` does not meet the goal `rule=DL3042` (line 10): `DL3042` fires on '
      + 'line 2');
    expect(build.output).toContain('See README "Authoring exercises".');
    expect(build.output).not.toMatch(/\n\s+at .*\.(?:ts|js|mjs):\d+/);
    removeFixture(build);
  });
});
