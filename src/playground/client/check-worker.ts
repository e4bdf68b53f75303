/**
 * Playground, browser (Web Worker): checks the Dockerfile the page sends with the engine's
 * browser entry, off the page's main thread, so typing never waits for the rules. Each request
 * is answered with its id (`worker-protocol.ts`) by `worker-answers.ts`: the check (with `ms`,
 * the time it took here, for the benchmark and the page), the simulated build ("Run it here"'s
 * simulation), an exercise's goal checks and the whole-file fix.
 */
import { createAnswerer } from '../worker-answers.ts';
import type { WorkerRequest, WorkerResponse } from '../worker-protocol.ts';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
};

const answer = createAnswerer();
scope.onmessage = ({ data: request }) => {
  scope.postMessage(answer(request));
};
