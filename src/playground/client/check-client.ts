/**
 * Playground, browser: the page's side of the checking worker (`check-worker.ts`). Starts the
 * worker from the site (the CSP's `worker-src 'self'`), sends text, and resolves each request
 * with its own answer; answers to text the reader has since changed are the caller's to drop.
 * The worker (the engine, ~64 KB gzipped) starts on the first check or on `warm()`, which the
 * page calls when the reader reaches for the editor: a page that opens on a Dockerfile checked
 * at build time loads no engine until then. One checker per editor; an exercise starts its own
 * and asks it for its goals too.
 */
import type { SimulationResult } from '../../examples/build-simulation.ts';
import type { GoalState } from '../../exercises/check-goals.ts';
import type { Goal } from '../../exercises/exercise-schema.ts';
import type { CheckResult } from '../check.ts';
import type { BuildRequest, WorkerRequest, WorkerResponse } from '../worker-protocol.ts';

export interface Checker {
  /** The findings, fixes and stage graph for `text`, and the worker's time in milliseconds. */
  check(text: string): Promise<{ result: CheckResult; ms: number }>;
  /** `shipshape lint --fix` on the whole text. */
  fixAll(text: string): Promise<{ text: string; applied: number; refused?: string | undefined }>;
  /** A simulated `docker build` of the text (`examples/build-simulation.ts`). */
  build(request: BuildRequest): Promise<SimulationResult>;
  /** Which of an exercise's `goals` `text` meets (`exercises/check-goals.ts`). */
  goals(text: string, goals: readonly Goal[]): Promise<GoalState[]>;
  /** Starts the worker now, if it has not started, so that the first check does not wait. */
  warm(): void;
}

export function startChecker(): Checker {
  const waiting = new Map<number, { resolve: (response: WorkerResponse) => void;
    reject: (error: Error) => void }>();
  let next = 0;
  let worker: Worker | undefined;
  const started = (): Worker => {
    if (worker !== undefined) return worker;
    // Vite bundles the worker from this exact `new Worker(new URL(…))` form.
    worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const pending = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      pending?.resolve(event.data);
    });
    // A worker that cannot load (offline copy without its file, a stricter policy) fails every
    // request instead of leaving it waiting for ever.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      for (const pending of waiting.values()) {
        pending.reject(new Error(`the checker could not start (${event.message || 'no reason'})`));
      }
      waiting.clear();
    });
    return worker;
  };
  const ask = (request: WorkerRequest) =>
    new Promise<WorkerResponse>((resolve, reject) => {
      waiting.set(request.id, { resolve, reject });
      started().postMessage(request);
    });
  const failed = (response: WorkerResponse) =>
    new Error(response.kind === 'error' ? `the checker failed: ${response.message}`
      : `the checker answered ${response.kind}`);
  return {
    async check(text) {
      const response = await ask({ id: next++, kind: 'check', text });
      if (response.kind !== 'check') throw failed(response);
      return { result: response.result, ms: response.ms };
    },
    async fixAll(text) {
      const response = await ask({ id: next++, kind: 'fix-all', text });
      if (response.kind !== 'fix-all') throw failed(response);
      return { text: response.text, applied: response.applied, refused: response.refused };
    },
    async build(request) {
      const response = await ask({ id: next++, kind: 'build', ...request });
      if (response.kind !== 'build') throw failed(response);
      return response.result;
    },
    async goals(text, goals) {
      const response = await ask({ id: next++, kind: 'goals', text, goals });
      if (response.kind !== 'goals') throw failed(response);
      return response.states;
    },
    warm() {
      started();
    },
  };
}
