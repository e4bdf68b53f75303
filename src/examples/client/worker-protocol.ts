/**
 * Examples, "Run it here": the messages between the page and the Python worker. The page sends
 * calls with an id; the worker answers each id once, with the result or the error's text, and
 * with what Python printed meanwhile (the app's logs, a traceback). Progress messages carry no
 * id. Types only; browser-safe.
 */
import type { DockerfileModel } from '../../dockerfile/model.ts';
import type { TreeFile } from '../example-tree.ts';
import type { AppRequest, AppResponse, HealthcheckResult } from '../pyodide-runtime.ts';

export type WorkerCall =
  /** `docker run`: load (or reload) the app from the built files. */
  | { id: number; kind: 'start'; files: TreeFile[]; model: DockerfileModel }
  | { id: number; kind: 'request'; request: AppRequest };

export interface Started {
  workdir: string;
  env: Record<string, string>;
  /** Undefined when the Dockerfile has no HEALTHCHECK (no health status). */
  health: HealthcheckResult | undefined;
  /** Milliseconds spent loading Pyodide in this call (0 when it was already loaded). */
  pythonMs: number;
}

/** The answer to one call. */
export type WorkerAnswer =
  | { id: number; ok: true; result: Started | AppResponse; output: string[] }
  | { id: number; ok: false; error: string; output: string[] };

export type WorkerReply = WorkerAnswer | { kind: 'progress'; text: string };
