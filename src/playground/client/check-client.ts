/**
 * Playground, browser: the page's side of the checking worker (`check-worker.ts`). Starts the
 * worker from the site (the CSP's `worker-src 'self'`), sends text, and resolves each request
 * with its own answer; answers to text the reader has since changed are the caller's to drop.
 * One checker per editor; the exercises can start theirs the same way.
 */
import type { CheckResult } from '../check.ts';
import type { WorkerRequest, WorkerResponse } from '../worker-protocol.ts';

export interface Checker {
  /** The findings, fixes and stage graph for `text`, and the worker's time in milliseconds. */
  check(text: string): Promise<{ result: CheckResult; ms: number }>;
  /** `shipshape lint --fix` on the whole text. */
  fixAll(text: string): Promise<{ text: string; applied: number; refused?: string | undefined }>;
}

export function startChecker(): Checker {
  // Vite bundles the worker from this exact `new Worker(new URL(…))` form.
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, (response: WorkerResponse) => void>();
  let next = 0;
  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const resolve = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    resolve?.(event.data);
  });
  const ask = (request: Omit<WorkerRequest, 'id'> & { kind: WorkerRequest['kind'] }) =>
    new Promise<WorkerResponse>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      worker.postMessage({ ...request, id } as WorkerRequest);
    });
  const failed = (response: WorkerResponse) =>
    new Error(response.kind === 'error' ? `the checker failed: ${response.message}`
      : `the checker answered ${response.kind}`);
  return {
    async check(text) {
      const response = await ask({ kind: 'check', text });
      if (response.kind !== 'check') throw failed(response);
      return { result: response.result, ms: response.ms };
    },
    async fixAll(text) {
      const response = await ask({ kind: 'fix-all', text });
      if (response.kind !== 'fix-all') throw failed(response);
      return { text: response.text, applied: response.applied, refused: response.refused };
    },
  };
}
