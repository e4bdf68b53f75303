/**
 * Exercises, render stage: reads one `::::exercise` directive of the Markdown tree —
 *
 *     ::::exercise{id=pin-the-base title="Pin the base image"}
 *     What to do, in a sentence or two.
 *
 *     ```dockerfile
 *     FROM python:latest          ← the starting Dockerfile (the one block outside :::solution)
 *     ```
 *
 *     ::goal{rule=DL3007}
 *     ::goal[Say how to check it is alive]{instruction=HEALTHCHECK}
 *
 *     :::hint
 *     A first nudge.
 *     :::
 *
 *     :::solution
 *     ```dockerfile
 *     FROM python:3.12-slim       ← the model solution
 *     ```
 *     :::
 *     ::::
 *
 * Attributes are checked with the schemas of exercise-schema.ts, names against the engine's
 * rules and practices; every mistake is reported through `fail` with the node's line.
 */
import type { Code, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { isDockerfileLanguage } from '../shared/code-language.ts';
import { nearestNames } from '../syllabus/nearest-names.ts';
import { GOAL_INSTRUCTIONS, GOAL_PRACTICES, GOAL_RULE_IDS } from './check-goals.ts';
import {
  exerciseAttributesSchema, goalAttributesSchema, type Goal,
} from './exercise-schema.ts';
import { defaultLabel } from './goal-text.ts';

/** Reports a mistake at a node and stops (`file.fail` in the remark step). */
export type Fail = (node: { position?: RootContent['position'] }, text: string) => never;

export interface ReadGoal {
  goal: Goal;
  line: number;
  node: LeafDirective;
}

export interface ReadExercise {
  id: string;
  title: string;
  /** The task: what the author wrote besides the parts below, in order. */
  task: RootContent[];
  start: Code;
  goals: ReadGoal[];
  hints: ContainerDirective[];
  solution: ContainerDirective;
  /** The model solution's Dockerfile block. */
  solutionCode: Code;
}

const PARTS = 'the task in prose, one ```dockerfile block (the starting file), `::goal{…}` ' +
  'lines, `:::hint` blocks and one `:::solution` block';

function attributesOf(node: ContainerDirective | LeafDirective): Record<string, string> {
  return Object.fromEntries(Object.entries(node.attributes ?? {})
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

function quoted(attributes: Record<string, string>): string {
  const shown = Object.entries(attributes).map(([key, value]) => `${key}=${value}`).join(' ');
  return shown === '' ? 'no attributes' : `\`{${shown}}\``;
}

function suggest(wanted: string, names: readonly string[]): string {
  const near = nearestNames(wanted, names);
  return near.length > 0 ? `nearest: ${near.map((n) => `\`${n}\``).join(', ')}` : '';
}

function readGoal(node: LeafDirective, fail: Fail): ReadGoal {
  const attributes = attributesOf(node);
  const parsed = goalAttributesSchema.safeParse(attributes);
  if (!parsed.success) {
    fail(node, `\`::goal\` has ${quoted(attributes)}; expected exactly one of ` +
      '`rule=<id>` (a rule that must not fire), `practice=<name>` (a practice that must ' +
      'hold) or `instruction=<KEYWORD>` (an instruction that must be present)');
  }
  const label = toString(node).trim();
  const given = parsed.data;
  let goal: Goal;
  if ('rule' in given) {
    if (!GOAL_RULE_IDS.includes(given.rule)) {
      fail(node, `\`::goal\` names rule \`${given.rule}\`, which the engine does not have; ` +
        `expected a rule id as on its rule page (${suggest(given.rule, GOAL_RULE_IDS)})`);
    }
    goal = { kind: 'rule', rule: given.rule, label: '' };
  } else if ('practice' in given) {
    const names = GOAL_PRACTICES.map((p) => p.id);
    if (!names.includes(given.practice)) {
      fail(node, `\`::goal\` names practice \`${given.practice}\`; expected one of ` +
        `${names.map((n) => `\`${n}\``).join(', ')} (the practices matrix's, judged on the ` +
        'Dockerfile alone)');
    }
    goal = { kind: 'practice', practice: given.practice, label: '' };
  } else {
    const keyword = given.instruction.toUpperCase();
    if (!GOAL_INSTRUCTIONS.includes(keyword)) {
      fail(node, `\`::goal\` names instruction \`${given.instruction}\`; expected a Dockerfile ` +
        `instruction (${suggest(keyword, GOAL_INSTRUCTIONS)})`);
    }
    goal = { kind: 'instruction', instruction: keyword, label: '' };
  }
  goal.label = label === '' ? defaultLabel(goal) : label;
  return { goal, line: node.position?.start.line ?? 1, node };
}

function dockerfileIn(node: ContainerDirective, fail: Fail): Code {
  const blocks = node.children.filter((child): child is Code =>
    child.type === 'code' && isDockerfileLanguage(child.lang));
  const [only] = blocks;
  if (!only || blocks.length > 1) {
    fail(node, `\`:::solution\` holds ${blocks.length} Dockerfile blocks; expected one ` +
      '```dockerfile block, the model solution (explanations around it are welcome)');
  }
  return only;
}

/** Reads an `exercise` container directive; `fail` stops at the first mistake. */
export function readExercise(node: ContainerDirective, fail: Fail): ReadExercise {
  const attributes = attributesOf(node);
  const parsed = exerciseAttributesSchema.safeParse(attributes);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'attributes';
    fail(node, `\`::::exercise\` has ${quoted(attributes)}: \`${field}\` ` +
      `${issue?.message ?? ''}; expected ` +
      '`{id=<lowercase-with-hyphens> title="…"}` and nothing else');
  }
  const task: RootContent[] = [];
  const starts: Code[] = [];
  const goals: ReadGoal[] = [];
  const hints: ContainerDirective[] = [];
  const solutions: ContainerDirective[] = [];
  for (const child of node.children) {
    if (child.type === 'leafDirective' && child.name === 'goal') goals.push(readGoal(child, fail));
    else if (child.type === 'containerDirective' && child.name === 'hint') hints.push(child);
    else if (child.type === 'containerDirective' && child.name === 'solution') {
      solutions.push(child);
    } else if (child.type === 'code' && isDockerfileLanguage(child.lang)) starts.push(child);
    else if (child.type === 'leafDirective' || child.type === 'containerDirective') {
      fail(child, `\`${child.name}\` is not a part of an exercise; expected ${PARTS}`);
    } else task.push(child);
  }
  const [start] = starts;
  if (!start || starts.length > 1) {
    fail(node, `the exercise \`${parsed.data.id}\` has ${starts.length} Dockerfile blocks ` +
      'outside `:::solution`; expected one, the starting Dockerfile');
  }
  if (goals.length === 0) {
    fail(node, `the exercise \`${parsed.data.id}\` has no \`::goal{…}\`; expected at least one ` +
      '(`::goal{rule=DL3042}`, `::goal{practice=non-root}`, `::goal{instruction=HEALTHCHECK}`)');
  }
  const [solution] = solutions;
  if (!solution || solutions.length > 1) {
    fail(node, `the exercise \`${parsed.data.id}\` has ${solutions.length} \`:::solution\` ` +
      'blocks; expected one, holding the model solution');
  }
  return { ...parsed.data, task, start, goals, hints, solution,
    solutionCode: dockerfileIn(solution, fail) };
}
