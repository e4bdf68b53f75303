/**
 * The exercises' progress store on a Map-backed storage: progress is kept per exercise id and
 * read back, merges keep what a change does not name, the count of done exercises, reset, and
 * storage that holds garbage or refuses to write never throws into the page.
 */
import { describe, expect, it } from 'vitest';
import {
  countDone, PROGRESS_KEY, readProgress, resetProgress, saveProgress, type ProgressStorage,
} from '../../../src/exercises/progress-store.ts';

function memory(initial: Record<string, string> = {}): ProgressStorage & { map: Map<string,
  string> } {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

describe('progress store', () => {
  it('starts with nothing done, no hints, solution unseen', () => {
    expect(readProgress(memory(), 'pin-the-base'))
      .toEqual({ done: false, hints: 0, solutionSeen: false });
  });

  it('keeps each exercise apart and merges changes', () => {
    const storage = memory();
    saveProgress(storage, 'pin-the-base', { hints: 2 });
    saveProgress(storage, 'pin-the-base', { text: 'FROM python:3.12-slim\n' });
    saveProgress(storage, 'run-as-app', { solutionSeen: true });
    expect(readProgress(storage, 'pin-the-base')).toEqual({ done: false, hints: 2,
      solutionSeen: false, text: 'FROM python:3.12-slim\n' });
    expect(readProgress(storage, 'run-as-app')).toEqual({ done: false, hints: 0,
      solutionSeen: true });
    expect(JSON.parse(storage.map.get(PROGRESS_KEY) ?? '{}')).toHaveProperty('run-as-app');
  });

  it('keeps the goal states of the reader\'s text, and drops a malformed list', () => {
    const storage = memory();
    saveProgress(storage, 'a', { met: [true, false] });
    expect(readProgress(storage, 'a').met).toEqual([true, false]);
    const bad = memory({ [PROGRESS_KEY]: JSON.stringify({ a: { met: [true, 'no'] } }) });
    expect(readProgress(bad, 'a').met).toBeUndefined();
  });

  it('counts the done exercises among the ids asked for', () => {
    const storage = memory();
    saveProgress(storage, 'a', { done: true });
    saveProgress(storage, 'b', { done: false, hints: 1 });
    saveProgress(storage, 'elsewhere', { done: true });
    expect(countDone(storage, ['a', 'b', 'c'])).toBe(1);
  });

  it('reset forgets everything', () => {
    const storage = memory();
    saveProgress(storage, 'a', { done: true });
    resetProgress(storage);
    expect(countDone(storage, ['a'])).toBe(0);
    expect(storage.map.size).toBe(0);
  });

  it('reads garbage as no progress and keeps other exercises on a bad entry', () => {
    expect(readProgress(memory({ [PROGRESS_KEY]: '{not json' }), 'a').done).toBe(false);
    expect(readProgress(memory({ [PROGRESS_KEY]: '[1,2]' }), 'a').done).toBe(false);
    const storage = memory({ [PROGRESS_KEY]: JSON.stringify({ a: { done: 'yes' },
      b: { done: true } }) });
    expect(readProgress(storage, 'a').done).toBe(false);
    expect(readProgress(storage, 'b').done).toBe(true);
  });

  it('survives storage that refuses to read or write', () => {
    const refusing: ProgressStorage = {
      getItem: () => { throw new Error('SecurityError'); },
      setItem: () => { throw new Error('QuotaExceededError'); },
      removeItem: () => { throw new Error('SecurityError'); },
    };
    expect(saveProgress(refusing, 'a', { hints: 1 }).hints).toBe(1);
    expect(readProgress(refusing, 'a').hints).toBe(0);
    expect(() => resetProgress(refusing)).not.toThrow();
  });
});
