/**
 * Exercises, browser (fetched when the reader reaches for an exercise): the starting Dockerfile
 * becomes the playground's editor (`playground/client/dockerfile-editor.ts`, its own checking
 * worker), and after each check of the reader's text the worker answers which goals it meets
 * (`check-goals.ts`, the build's checker); the checklist follows, each change is announced, and
 * the text, the goal states and "done" (every goal met, kept once reached) are saved. The static
 * starting file stays in the page for print; on screen the editor takes its place.
 */
import { startChecker } from '../../playground/client/check-client.ts';
import { createDockerfileEditor } from '../../playground/client/dockerfile-editor.ts';
import type { ExerciseData } from '../exercise-schema.ts';
import {
  readProgress, saveProgress, type ExerciseProgress, type ProgressStorage,
} from '../progress-store.ts';
import { showStates } from './goal-list.ts';

export interface ExerciseMount {
  section: HTMLElement;
  data: ExerciseData;
  storage: ProgressStorage;
  /** The exercise's status line (done, solution looked at). */
  status: HTMLElement;
  /** The polite live region goal changes are said in. */
  live: HTMLElement;
  showStatus: (status: HTMLElement, progress: ExerciseProgress) => void;
}

/** The page's nodes between the "Start from" and "Done when" labels: the static start file. */
function staticStart(section: HTMLElement): Element[] {
  const first = section.querySelector('[data-exercise-part="start"]');
  const nodes: Element[] = [];
  for (let node = first?.nextElementSibling; node; node = node.nextElementSibling) {
    if (node.matches('[data-exercise-part="goals"]')) break;
    nodes.push(node);
  }
  return nodes;
}

export function mountExerciseEditor(mount: ExerciseMount): void {
  const { section, data, storage, status, live } = mount;
  const replaced = staticStart(section);
  const parent = document.createElement('div');
  // not-content: Starlight's prose margins would land between CodeMirror's lines.
  parent.className = 'exercise-editor not-content';
  replaced[0]?.before(parent);
  const note = document.createElement('p');
  note.className = 'exercise-editor-note';
  note.textContent = 'Edit it here: the goals below are checked as you type.';
  parent.before(note);
  for (const node of replaced) node.classList.add('exercise-replaced');
  const checker = startChecker();
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: string | undefined;
  addEventListener('pagehide', () => {
    if (pending !== undefined) saveProgress(storage, data.id, { text: pending });
  });
  const base = import.meta.env.BASE_URL;
  createDockerfileEditor({
    parent,
    doc: readProgress(storage, data.id).text ?? data.start,
    label: `Dockerfile of the exercise “${data.title}”`,
    checker,
    // Titles of the rules the goals name and the start and solution raise (from the build).
    words: { base, titles: data.titles ?? {} },
    onChecked: (_result, view) => {
      const doc = view.state.doc;
      void checker.goals(doc.toString(), data.goals).then((states) => {
        if (view.state.doc !== doc) return; // the reader typed on: the next check answers
        const met = states.map((state) => state.met);
        showStates(section, met, live);
        const done = readProgress(storage, data.id).done || met.every(Boolean);
        // The text with the states it was checked to have, so a reload shows them together.
        mount.showStatus(status, saveProgress(storage, data.id,
          { text: doc.toString(), met, done }));
        section.dataset['checked'] = String(Date.now());
      }, () => undefined);
    },
    // Typing is kept even when the reader leaves before the next check.
    onChange: (text) => {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => saveProgress(storage, data.id, { text }), 200);
      pending = text;
    },
    onError: (message) => {
      live.textContent = `The goals cannot be checked here: ${message}.`;
    },
  });
  checker.warm();
  section.dataset['editor'] = '';
}
