/**
 * Playground (analyse, browser-safe): the checking worker's answers (`client/check-worker.ts`
 * only wires them to `postMessage`). One answerer per worker, so per editor. An exercise asks
 * for a check and then for its goals on the same text at each pause in typing: the check's lint
 * is kept (the last text only) and the goals read it, so a keystroke lints the file once. The
 * check lints with the snippet test on; when that test finds a whole file, the lint is the one
 * the goals make (`lintGoalFile`: the same rules on the same model), and only then is it kept.
 */
import type { LintResult } from '../dockerfile/browser.ts';
import { lintDockerfile } from '../dockerfile/browser.ts';
import { simulateBuild } from '../examples/build-simulation.ts';
import { decodeFile } from '../examples/run-here-payload.ts';
import { checkGoals, lintGoalFile } from '../exercises/check-goals.ts';
import { buildModel } from '../dockerfile/parse/build-model.ts';
import { checkDockerfile, fixAll } from './check.ts';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';

export interface LintCalls {
  /** The check's lint (snippet test on). */
  lint: (text: string) => LintResult;
  /** The goals' lint (always a whole file). */
  lintWhole: (text: string) => LintResult;
}

const ENGINE: LintCalls = { lint: (text) => lintDockerfile(text), lintWhole: lintGoalFile };

/** A function answering each request; an engine failure is answered as an error. */
export function createAnswerer(calls: LintCalls = ENGINE):
  (request: WorkerRequest) => WorkerResponse {
  let kept: { text: string; result: LintResult } | undefined;
  const answer = (request: WorkerRequest): WorkerResponse => {
    if (request.kind === 'check') {
      const start = performance.now();
      const lint = calls.lint(request.text);
      kept = lint.fragment || lint.notDockerfile ? undefined : { text: request.text, result: lint };
      const result = checkDockerfile(request.text, lint);
      return { id: request.id, kind: 'check', result, ms: performance.now() - start };
    }
    if (request.kind === 'build') {
      const result = simulateBuild({ model: buildModel(request.text),
        files: request.files.map(decodeFile), baseImages: new Map(request.baseImages),
        previous: request.previous, tag: request.tag });
      return { id: request.id, kind: 'build', result };
    }
    if (request.kind === 'goals') {
      const lint = kept?.text === request.text ? kept.result : calls.lintWhole(request.text);
      return { id: request.id, kind: 'goals', states: checkGoals(request.text, request.goals,
        lint) };
    }
    return { id: request.id, kind: 'fix-all', ...fixAll(request.text) };
  };
  return (request) => {
    try {
      return answer(request);
    } catch (error) {
      return { id: request.id, kind: 'error',
        message: error instanceof Error ? error.message : String(error) };
    }
  };
}
