/**
 * Playground, browser (Web Worker): checks the Dockerfile the page sends with the engine's
 * browser entry, off the page's main thread, so typing never waits for the rules. Answers each
 * request with its id (`worker-protocol.ts`); an engine failure is answered as an error, never
 * left unanswered. `ms` is the time the check took here, for the benchmark and the page. It
 * also runs the simulated build ("Run it here"'s simulation) on the model it parses, and an
 * exercise's goal checks (`exercises/check-goals.ts`, the build's own checker).
 */
import { checkGoals } from '../../exercises/check-goals.ts';
import { buildModel } from '../../dockerfile/parse/build-model.ts';
import { simulateBuild } from '../../examples/build-simulation.ts';
import { decodeFile } from '../../examples/run-here-payload.ts';
import { checkDockerfile, fixAll } from '../check.ts';
import type { WorkerRequest, WorkerResponse } from '../worker-protocol.ts';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
};

scope.onmessage = ({ data: request }) => {
  try {
    if (request.kind === 'check') {
      const start = performance.now();
      const result = checkDockerfile(request.text);
      scope.postMessage({ id: request.id, kind: 'check', result,
        ms: performance.now() - start });
    } else if (request.kind === 'build') {
      const result = simulateBuild({ model: buildModel(request.text),
        files: request.files.map(decodeFile), baseImages: new Map(request.baseImages),
        previous: request.previous, tag: request.tag });
      scope.postMessage({ id: request.id, kind: 'build', result });
    } else if (request.kind === 'goals') {
      scope.postMessage({ id: request.id, kind: 'goals',
        states: checkGoals(request.text, request.goals) });
    } else {
      scope.postMessage({ id: request.id, kind: 'fix-all', ...fixAll(request.text) });
    }
  } catch (error) {
    scope.postMessage({ id: request.id, kind: 'error',
      message: error instanceof Error ? error.message : String(error) });
  }
};
