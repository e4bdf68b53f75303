/**
 * Playground: the messages between a page and the checking worker (`client/check-worker.ts`).
 * Each request carries an id the answer repeats, so a page can drop answers to text the reader
 * has already changed. Browser-safe.
 */
import type { BaseImageSize } from '../examples/base-image-sizes.ts';
import type { SimulationResult } from '../examples/build-simulation.ts';
import type { EncodedFile } from '../examples/run-here-payload.ts';
import type { GoalState } from '../exercises/check-goals.ts';
import type { Goal } from '../exercises/exercise-schema.ts';
import type { CheckResult } from './check.ts';

/** A simulated `docker build` of the text against a build context. */
export interface BuildRequest {
  text: string;
  files: readonly EncodedFile[];
  baseImages: ReadonlyArray<[string, BaseImageSize]>;
  /** Cache keys of the builds before (none: `--no-cache`). */
  previous: readonly string[];
  tag: string;
}

export type WorkerRequest =
  | { id: number; kind: 'check'; text: string }
  | { id: number; kind: 'fix-all'; text: string }
  // An exercise's goals on the reader's text (`exercises/check-goals.ts`, as the build).
  | { id: number; kind: 'goals'; text: string; goals: readonly Goal[] }
  | ({ id: number; kind: 'build' } & BuildRequest);

export type WorkerResponse =
  | { id: number; kind: 'check'; result: CheckResult; ms: number }
  | { id: number; kind: 'build'; result: SimulationResult }
  | { id: number; kind: 'goals'; states: GoalState[] }
  | { id: number; kind: 'fix-all'; text: string; applied: number; refused?: string | undefined }
  | { id: number; kind: 'error'; message: string };
