/**
 * Exercises, browser: the goal checklist as the page shows it — each goal's tick, its state word
 * ("met", "open") and `data-goal-state` — read and set with DOM calls, and each change said once
 * in the exercise's polite live region (`goal-changes.ts` words it).
 */
import { announceChanges, goalChanges } from '../goal-changes.ts';

function goalItems(section: HTMLElement): HTMLElement[] {
  return [...section.querySelectorAll<HTMLElement>('ul.exercise-goals > li[data-goal]')];
}

/** Each goal's state as the page shows it now. */
export function shownStates(section: HTMLElement): boolean[] {
  return goalItems(section).map((item) => item.dataset['goalState'] === 'met');
}

/** The goals' words, as the reader reads them. */
function goalLabels(section: HTMLElement): string[] {
  return goalItems(section).map((item) => item.querySelector('strong')?.textContent?.trim()
    ?? '');
}

/** Shows `met` on the checklist; with `live`, says what changed in the live region. */
export function showStates(section: HTMLElement, met: readonly boolean[], live?: HTMLElement):
  void {
  const items = goalItems(section);
  if (met.length !== items.length) return; // stored for another version of the exercise
  const changes = goalChanges(shownStates(section), met);
  items.forEach((item, index) => {
    const state = met[index] === true;
    item.dataset['goalState'] = state ? 'met' : 'open';
    const box = item.querySelector<HTMLInputElement>('input[type="checkbox"]');
    if (box) box.checked = state;
    const word = item.querySelector('.exercise-goal-state');
    if (word) word.textContent = state ? 'met' : 'open';
  });
  if (live) live.textContent = announceChanges(changes, goalLabels(section), met);
}
