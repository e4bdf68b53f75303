/**
 * Exercises, browser: the page script of a lesson with exercises and of the syllabus (loaded
 * only there, by `components/ExercisesScript.astro`). On a lesson, each exercise gets its
 * controls — hints shown one at a time by a button, the model solution behind a button that
 * marks it looked at — and the reader's progress from the browser (`progress-store.ts`): goal
 * states, hints shown, solution looked at. The editor (CodeMirror and the checking worker,
 * `exercise-editor.ts`) is fetched only when the reader reaches for the exercise: focus, a
 * pointer, or its starting file coming into view. On the syllabus, the count of exercises done
 * and "Reset progress" with a confirm step. DOM calls only; nothing is sent anywhere.
 */
import type { ExerciseData } from '../exercise-schema.ts';
import {
  countDone, readProgress, resetProgress, saveProgress, type ExerciseProgress,
  type ProgressStorage,
} from '../progress-store.ts';
import { showStates } from './goal-list.ts';

/** localStorage, or a storage that keeps nothing where the browser refuses it. */
function browserStorage(): ProgressStorage {
  try {
    return window.localStorage;
  } catch {
    return { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
  }
}

function button(text: string, className: string): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = className;
  node.textContent = text;
  return node;
}

/** The line under the heading: done, solution looked at (empty and hidden while neither). */
function showStatus(status: HTMLElement, progress: ExerciseProgress): void {
  const parts = [progress.done ? 'Done: every goal met.' : '',
    progress.solutionSeen ? 'Model solution looked at.' : ''].filter(Boolean);
  status.textContent = parts.join(' ');
  status.hidden = parts.length === 0;
}

function wireHints(section: HTMLElement, storage: ProgressStorage, id: string,
  progress: ExerciseProgress): void {
  const hints = [...section.querySelectorAll<HTMLDetailsElement>('details.exercise-hint')];
  if (hints.length === 0) return;
  const next = button('', 'exercise-button exercise-hint-button');
  const show = (count: number): void => {
    hints.forEach((hint, index) => {
      hint.hidden = index >= count;
      if (index < count) hint.open = true;
    });
    next.textContent = `Show a hint (${Math.min(count + 1, hints.length)} of ${hints.length})`;
    next.hidden = count >= hints.length;
  };
  let shown = Math.min(progress.hints, hints.length);
  show(shown);
  next.addEventListener('click', () => {
    shown = Math.min(shown + 1, hints.length);
    saveProgress(storage, id, { hints: shown });
    show(shown);
    // The hint just shown takes the focus, so keyboard and screen reader users land on it.
    hints[shown - 1]?.querySelector('summary')?.focus();
  });
  hints[hints.length - 1]?.after(next);
}

function wireSolution(section: HTMLElement, storage: ProgressStorage, id: string,
  status: HTMLElement): void {
  const solution = section.querySelector<HTMLDetailsElement>('details.exercise-solution');
  if (!solution) return;
  const reveal = button('Show the model solution', 'exercise-button exercise-solution-button');
  const summary = solution.querySelector('summary');
  const show = (seen: boolean): void => {
    solution.hidden = !seen;
    solution.open = seen;
    reveal.hidden = seen;
    // Once asked for, the fold is the solution itself, no longer an offer to show it.
    if (seen && summary) summary.textContent = 'Model solution (looked at)';
  };
  show(readProgress(storage, id).solutionSeen);
  reveal.addEventListener('click', () => {
    const progress = saveProgress(storage, id, { solutionSeen: true });
    show(true);
    showStatus(status, progress);
    summary?.focus();
  });
  solution.before(reveal);
}

/** Fetches the editor once the reader reaches for the exercise, then mounts it. */
function loadEditorOnDemand(section: HTMLElement, data: ExerciseData, storage: ProgressStorage,
  status: HTMLElement, live: HTMLElement): void {
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    observer?.disconnect();
    void import('./exercise-editor.ts').then(({ mountExerciseEditor }) =>
      mountExerciseEditor({ section, data, storage, status, live, showStatus }));
  };
  for (const type of ['focusin', 'pointerover', 'touchstart']) {
    section.addEventListener(type, start, { once: true, passive: true });
  }
  const target = section.querySelector('[data-exercise-part="start"]');
  const observer = target && 'IntersectionObserver' in window
    ? new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) start();
    }, { rootMargin: '200px 0px' })
    : undefined;
  if (target) observer?.observe(target);
}

function wireExercise(section: HTMLElement, storage: ProgressStorage): void {
  let data: ExerciseData;
  try {
    data = JSON.parse(section.dataset['exercise'] ?? '') as ExerciseData;
  } catch {
    return; // not an exercise this script knows: the no-JavaScript form stays
  }
  const progress = readProgress(storage, data.id);
  const status = document.createElement('p');
  status.className = 'exercise-status';
  section.querySelector('.sl-heading-wrapper, h2')?.after(status);
  showStatus(status, progress);
  // Announces goal changes as the reader types; polite, so typing is not interrupted.
  const live = document.createElement('p');
  live.className = 'exercise-announce sr-only';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  section.querySelector('ul.exercise-goals')?.after(live);
  if (progress.met) showStates(section, progress.met);
  wireHints(section, storage, data.id, progress);
  wireSolution(section, storage, data.id, status);
  loadEditorOnDemand(section, data, storage, status, live);
  section.dataset['ready'] = '';
}

function idsOf(node: HTMLElement, name: string): string[] {
  try {
    const ids: unknown = JSON.parse(node.dataset[name] ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** The syllabus: "N of 7 exercises done", each lesson's "Exercise done", and the reset. */
function wireCourseProgress(root: HTMLElement, storage: ProgressStorage): void {
  const ids = idsOf(root, 'exerciseIds');
  const count = root.querySelector<HTMLElement>('[data-progress-count]');
  const reset = root.querySelector<HTMLButtonElement>('[data-action="reset-progress"]');
  const confirm = root.querySelector<HTMLElement>('[data-progress-confirm]');
  if (!count || !reset || !confirm) return;
  const show = (): void => {
    const done = countDone(storage, ids);
    count.textContent = `${done} of ${ids.length} exercise${ids.length === 1 ? '' : 's'} done`;
    for (const row of document.querySelectorAll<HTMLElement>('[data-lesson-exercises]')) {
      const mine = idsOf(row, 'lessonExercises');
      row.hidden = mine.length === 0 || countDone(storage, mine) < mine.length;
    }
  };
  show();
  reset.addEventListener('click', () => {
    confirm.hidden = false;
    reset.hidden = true;
    confirm.querySelector<HTMLButtonElement>('[data-action="confirm-reset"]')?.focus();
  });
  const close = (): void => {
    confirm.hidden = true;
    reset.hidden = false;
    reset.focus();
  };
  confirm.querySelector('[data-action="confirm-reset"]')?.addEventListener('click', () => {
    resetProgress(storage);
    show();
    close();
  });
  confirm.querySelector('[data-action="cancel-reset"]')?.addEventListener('click', close);
}

const storage = browserStorage();
for (const section of document.querySelectorAll<HTMLElement>('section.exercise[data-exercise]')) {
  wireExercise(section, storage);
}
for (const root of document.querySelectorAll<HTMLElement>('[data-course-progress]')) {
  wireCourseProgress(root, storage);
}
