/**
 * Render stage, remark plugin: each `::::exercise` directive (syntax in read-exercise.ts) is
 * checked — its starting Dockerfile must leave a goal open, its model solution must meet them
 * all (validate-exercise.ts) — and becomes what a reader without JavaScript, or on paper, needs:
 * a `<section class="exercise">` with the title, the task, the starting Dockerfile, the goals as
 * a checklist (each saying what is checked and linking the page that explains it, ticked and
 * saying "met" when the starting file already meets it), each hint in its own `<details>`, and
 * the model solution in a closed `<details>` (print moves it to the lesson's appendix). The
 * section carries its data for the interactive part (`client/exercises.ts`) in `data-exercise`
 * (JSON in an attribute, so the page never builds HTML from it). Mistakes fail the build at the
 * directive's line (`file.fail`, shown by the loader as `file:line`).
 */
import type {
  Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent,
} from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { SKIP, visit } from '../shared/visit.ts';
import type { VFile } from 'vfile';
import type { LintResult } from '../dockerfile/browser.ts';
import { describedRules } from '../dockerfile/rules/texts.ts';
import { splitInlineCode } from '../shared/inline-code.ts';
import { lintGoalFile, type GoalState } from './check-goals.ts';
import type { ExerciseData } from './exercise-schema.ts';
import { goalText } from './goal-text.ts';
import { readExercise, type Fail, type ReadGoal } from './read-exercise.ts';
import { validateExercise } from './validate-exercise.ts';

function phrasing(text: string): PhrasingContent[] {
  return splitInlineCode(text).map((part): PhrasingContent => part.code
    ? { type: 'inlineCode', value: part.text }
    : { type: 'text', value: part.text });
}

function paragraph(className: string, children: PhrasingContent[], hName = 'p',
  part?: string): Paragraph {
  return { type: 'paragraph', children, data: { hName, hProperties: { className: [className],
    ...part === undefined ? {} : { dataExercisePart: part } } } };
}

function goalItem({ goal, node }: ReadGoal, index: number, state: GoalState | undefined):
  ListItem {
  const text = goalText(goal);
  const label = node.children.length > 0 ? node.children : phrasing(goal.label);
  const met = state?.met === true;
  // The checkbox sits in a <label> with the goal's words: a checkbox needs a name (axe), and
  // the interactive part ticks it as the reader types. The state is also a word ("met",
  // "open"), so it never rests on colour or a tick alone; on load it is the starting file's.
  const checkbox: PhrasingContent = { type: 'emphasis', children: [], data: { hName: 'input',
    hProperties: { type: 'checkbox', disabled: true, checked: met,
      className: ['exercise-goal-box'] } } };
  const stateWord: PhrasingContent = { type: 'emphasis', children: [
    { type: 'text', value: met ? 'met' : 'open' }],
  data: { hName: 'span', hProperties: { className: ['exercise-goal-state'] } } };
  return {
    type: 'listItem',
    spread: false,
    data: { hProperties: { className: ['task-list-item'], dataGoal: index,
      dataGoalState: met ? 'met' : 'open' } },
    children: [{ type: 'paragraph', data: { hName: 'label' }, children: [
      checkbox,
      { type: 'strong', children: label },
      { type: 'text', value: ' ' },
      stateWord,
      { type: 'emphasis', data: { hName: 'span', hProperties: { className: ['exercise-check'] } },
        children: [
          { type: 'text', value: text.before },
          { type: 'link', url: text.href, children: [{ type: 'text', value: text.linkText }] },
          { type: 'text', value: text.after },
        ] },
    ] }],
  };
}

function asDetails(node: ContainerDirective, className: string, summary: string): void {
  node.data = { hName: 'details', hProperties: { className: [className] } };
  node.children.unshift(paragraph(`${className}-summary`, [{ type: 'text', value: summary }],
    'summary'));
}

const RULE_TITLES = new Map(describedRules.map((rule) => [rule.id, rule.title]));

/** The titles of the rules a reader of this exercise is likely to hover over. */
function ruleTitles(rules: readonly string[], files: readonly LintResult[]):
  Record<string, string> {
  const ids = new Set(rules);
  for (const result of files) {
    for (const finding of result.findings) ids.add(finding.rule);
  }
  return Object.fromEntries([...ids].sort().flatMap((id) => {
    const title = RULE_TITLES.get(id);
    return title === undefined ? [] : [[id, title]];
  }));
}

function render(node: ContainerDirective, file: VFile): void {
  const fail: Fail = (at, text) =>
    file.fail(text, { place: at.position, ruleId: 'exercise', source: 'shipshape' });
  const exercise = readExercise(node, fail);
  const linted = { start: lintGoalFile(exercise.start.value),
    solution: lintGoalFile(exercise.solutionCode.value) };
  const atStart = validateExercise(exercise, fail, linted);
  const data: ExerciseData = {
    id: exercise.id,
    title: exercise.title,
    start: exercise.start.value,
    goals: exercise.goals.map((read) => ({ ...read.goal, label: toString(read.node).trim()
      || read.goal.label })),
    solution: exercise.solutionCode.value,
    titles: ruleTitles(exercise.goals.flatMap((read) => read.goal.kind === 'rule'
      ? [read.goal.rule] : []), [linted.start, linted.solution]),
  };
  for (const code of [exercise.start, exercise.solutionCode]) {
    if (/\btitle=/.test(code.meta ?? '')) continue;
    code.meta = `${code.meta ?? ''} title="Dockerfile"`.trim();
  }
  const heading: Heading = { type: 'heading', depth: 2,
    children: [{ type: 'text', value: `Exercise: ${exercise.title}` }] };
  const goals: List = {
    type: 'list', ordered: false, spread: false,
    data: { hProperties: { className: ['contains-task-list', 'exercise-goals'] } },
    children: exercise.goals.map((goal, index) => goalItem(goal, index, atStart[index])),
  };
  exercise.hints.forEach((hint, index) =>
    asDetails(hint, 'exercise-hint', `Hint ${index + 1} of ${exercise.hints.length}`));
  asDetails(exercise.solution, 'exercise-solution', 'Show the model solution');
  const children: RootContent[] = [
    heading,
    ...exercise.task,
    // The labels mark the parts the interactive script finds: the starting file (which it
    // turns into an editor) sits between them.
    paragraph('exercise-label', [{ type: 'strong', children: [
      { type: 'text', value: 'Start from this Dockerfile:' }] }], 'p', 'start'),
    exercise.start,
    paragraph('exercise-label', [{ type: 'strong', children: [
      { type: 'text', value: 'Done when every goal holds:' }] }], 'p', 'goals'),
    goals,
    ...exercise.hints,
    exercise.solution,
  ];
  node.children = children as ContainerDirective['children'];
  node.data = { hName: 'section', hProperties: { className: ['exercise'],
    dataExerciseId: exercise.id, dataExercise: JSON.stringify(data) } };
}

export const remarkExercises: Plugin<[], Root> = function () {
  return (tree, file) => {
    visit(tree, 'containerDirective', (node) => {
      if (node.name !== 'exercise') return;
      render(node, file);
      return SKIP;
    });
  };
};
