/**
 * Exercises, build-time validation: an exercise teaches something only when its starting
 * Dockerfile leaves at least one goal open and its model solution meets every goal. Checked with
 * the same goal checker a reader's browser runs; a failure stops the build at the block's line.
 * The starting file's goal states are returned: the page shows them as they are on load.
 * `linted` holds both files' lints (`lintGoalFile`), made once by the caller.
 */
import { checkGoals } from './check-goals.ts';
import type { LintResult } from '../dockerfile/browser.ts';
import type { Fail, ReadExercise } from './read-exercise.ts';
import type { GoalState } from './check-goals.ts';
import type { Goal } from './exercise-schema.ts';

function named(goal: Goal): string {
  const value = goal.kind === 'rule' ? goal.rule
    : goal.kind === 'practice' ? goal.practice : goal.instruction;
  return `\`${goal.kind}=${value}\``;
}

export function validateExercise(exercise: ReadExercise, fail: Fail,
  linted: { start: LintResult; solution: LintResult }): GoalState[] {
  const goals = exercise.goals.map((read) => read.goal);
  const atStart = checkGoals(exercise.start.value, goals, linted.start);
  if (atStart.every((state) => state.met)) {
    fail(exercise.start, `the starting Dockerfile of exercise \`${exercise.id}\` already meets ` +
      `every goal (${goals.map(named).join(', ')}); expected at least one goal open — give ` +
      'the starting file the flaw the exercise is about, or add a goal it does not meet');
  }
  const solved = checkGoals(exercise.solutionCode.value, goals, linted.solution);
  solved.forEach((state, index) => {
    if (state.met) return;
    const line = exercise.goals[index]?.line ?? 1;
    fail(exercise.solutionCode, `the model solution of exercise \`${exercise.id}\` does not ` +
      `meet the goal ${named(state.goal)} (line ${line}): ${state.note} — fix the solution, ` +
      'or the goal if it asks for something else');
  });
  return atStart;
}
