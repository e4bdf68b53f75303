/**
 * Tests for the checking worker's answers (src/playground/worker-answers.ts): an exercise's check
 * then goals on the same text lint the file once (twice before), with the goals the build's
 * checker gives; a snippet, a changed text or goals alone still get their own whole-file lint.
 */
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../../src/dockerfile/browser.ts';
import { checkGoals, lintGoalFile } from '../../../src/exercises/check-goals.ts';
import type { Goal } from '../../../src/exercises/exercise-schema.ts';
import { createAnswerer } from '../../../src/playground/worker-answers.ts';

const WHOLE = 'FROM python:3.13-slim\nRUN pip install flask\nUSER 1000\nCMD ["flask", "run"]\n';
const SNIPPET = 'RUN pip install flask\n';
const GOALS: Goal[] = [
  { kind: 'rule', rule: 'DL3042', label: 'pip keeps no cache' },
  { kind: 'instruction', instruction: 'USER', label: 'a USER' },
];

function counted() {
  const calls = { lint: 0, lintWhole: 0 };
  const answer = createAnswerer({
    lint: (text) => { calls.lint += 1; return lintDockerfile(text); },
    lintWhole: (text) => { calls.lintWhole += 1; return lintGoalFile(text); },
  });
  return { calls, answer };
}

describe('createAnswerer', () => {
  it('answers goals after a check of the same whole file from the check\'s lint', () => {
    const { calls, answer } = counted();
    expect(answer({ id: 1, kind: 'check', text: WHOLE })).toMatchObject({ id: 1, kind: 'check' });
    const goals = answer({ id: 2, kind: 'goals', text: WHOLE, goals: GOALS });
    expect(calls).toEqual({ lint: 1, lintWhole: 0 });
    expect(goals).toEqual({ id: 2, kind: 'goals', states: checkGoals(WHOLE, GOALS) });
    expect(goals.kind === 'goals' && goals.states.map((s) => s.met)).toEqual([false, true]);
  });

  it('lints a snippet again as a whole file for its goals', () => {
    const { calls, answer } = counted();
    answer({ id: 1, kind: 'check', text: SNIPPET });
    const goals = answer({ id: 2, kind: 'goals', text: SNIPPET, goals: GOALS });
    expect(calls).toEqual({ lint: 1, lintWhole: 1 });
    expect(goals).toEqual({ id: 2, kind: 'goals', states: checkGoals(SNIPPET, GOALS) });
  });

  it('does not answer goals on a text from another text\'s lint', () => {
    const { calls, answer } = counted();
    answer({ id: 1, kind: 'check', text: WHOLE });
    const edited = WHOLE.replace('pip install', 'pip install --no-cache-dir');
    const goals = answer({ id: 2, kind: 'goals', text: edited, goals: GOALS });
    expect(calls).toEqual({ lint: 1, lintWhole: 1 });
    expect(goals.kind === 'goals' && goals.states.map((s) => s.met)).toEqual([true, true]);
  });

  it('answers an engine failure as an error with the request\'s id', () => {
    const answer = createAnswerer({
      lint: () => { throw new Error('boom'); }, lintWhole: lintGoalFile,
    });
    expect(answer({ id: 7, kind: 'check', text: WHOLE }))
      .toEqual({ id: 7, kind: 'error', message: 'boom' });
  });
});
