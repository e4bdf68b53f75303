/**
 * Exercises, browser-safe: the reader's progress, kept in the browser (localStorage) under one
 * key — per exercise id: done (every goal met), the reader's current Dockerfile, how many hints
 * are shown, whether the model solution was looked at. Pure: the storage is passed in (a
 * `Storage`, or a Map-backed one in tests); what it holds is checked on the way in, so a value
 * another page or an old version wrote never breaks a page, it only counts as no progress.
 */

/** The part of `Storage` the store uses (localStorage satisfies it). */
export interface ProgressStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What the browser keeps for one exercise. */
export interface ExerciseProgress {
  /** Every goal was met by the reader's Dockerfile (stays true once reached). */
  done: boolean;
  /** The reader's Dockerfile as last edited; absent while untouched. */
  text?: string | undefined;
  /** Each goal's state on `text`, in the goals' order, so a reload shows them at once. */
  met?: boolean[] | undefined;
  /** How many hints are shown, in order. */
  hints: number;
  /** The model solution was shown. */
  solutionSeen: boolean;
}

export const PROGRESS_KEY = 'shipshape:exercises';

const NONE: ExerciseProgress = { done: false, hints: 0, solutionSeen: false };

/**
 * One stored entry, each field checked by hand: zod would add its size to every lesson's
 * JavaScript before the reader does anything. A field of the wrong type counts as absent.
 */
function parseEntry(value: unknown): ExerciseProgress {
  if (typeof value !== 'object' || value === null) return { ...NONE };
  const entry = value as Record<string, unknown>;
  const progress: ExerciseProgress = {
    done: entry['done'] === true,
    hints: Number.isInteger(entry['hints']) && (entry['hints'] as number) > 0
      ? entry['hints'] as number : 0,
    solutionSeen: entry['solutionSeen'] === true,
  };
  if (typeof entry['text'] === 'string') progress.text = entry['text'];
  const met = entry['met'];
  if (Array.isArray(met) && met.every((item) => typeof item === 'boolean')) progress.met = met;
  return progress;
}

function readAll(storage: ProgressStorage): Record<string, unknown> {
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return {}; // storage refused (privacy mode): progress is simply not kept
  }
  if (raw === null) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? parsed as Record<string, unknown> : {};
  } catch {
    return {};
  }
}

/** The progress on exercise `id` (nothing yet: not done, no hints, solution unseen). */
export function readProgress(storage: ProgressStorage, id: string): ExerciseProgress {
  return parseEntry(readAll(storage)[id]);
}

/** Merges `change` into the progress on `id` and keeps it; returns the new progress. */
export function saveProgress(storage: ProgressStorage, id: string,
  change: Partial<ExerciseProgress>): ExerciseProgress {
  const all = readAll(storage);
  const next = { ...readProgress(storage, id), ...change };
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify({ ...all, [id]: next }));
  } catch {
    // Full or refused: the page still works, the progress is not kept.
  }
  return next;
}

/** How many of `ids` are done. */
export function countDone(storage: ProgressStorage, ids: readonly string[]): number {
  return ids.filter((id) => readProgress(storage, id).done).length;
}

/** Forgets every exercise's progress. */
export function resetProgress(storage: ProgressStorage): void {
  try {
    storage.removeItem(PROGRESS_KEY);
  } catch {
    // Nothing was kept.
  }
}
