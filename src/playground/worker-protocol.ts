/**
 * Playground: the messages between a page and the checking worker (`client/check-worker.ts`).
 * Each request carries an id the answer repeats, so a page can drop answers to text the reader
 * has already changed. Browser-safe.
 */
import type { CheckResult } from './check.ts';

export type WorkerRequest =
  | { id: number; kind: 'check'; text: string }
  | { id: number; kind: 'fix-all'; text: string };

export type WorkerResponse =
  | { id: number; kind: 'check'; result: CheckResult; ms: number }
  | { id: number; kind: 'fix-all'; text: string; applied: number; refused?: string | undefined }
  | { id: number; kind: 'error'; message: string };
