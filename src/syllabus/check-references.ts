/**
 * Course stage: every reference in the syllabus must lead somewhere. A write-up, walkthrough,
 * comparison anchor or rule that does not exist is reported at the syllabus line that names it,
 * with the nearest names that do exist.
 */
import type { Segment } from '../shared/yaml-lines.ts';
import { nearestNames } from './nearest-names.ts';
import type { LessonSource, Syllabus } from './syllabus-schema.ts';

/** What the references can point at: pages by entry id with their anchors, and rule ids. */
export interface ReferenceTargets {
  /** Entry id (`writeups/x`, `walkthroughs/y`, `compare`) → ids on that page. */
  pages: ReadonlyMap<string, readonly string[]>;
  ruleIds: readonly string[];
  /** Example folder names (`content/examples/<slug>/`). */
  examples: readonly string[];
  /** The course's own texts (`content/lessons/<name>.md`), by name. */
  texts: readonly string[];
  /** Where each kind lives, as messages name it (the plugin's options; defaults as above). */
  folders?: { examples: string; lessons: string; exercises?: string | undefined } | undefined;
  /** The lessons' exercise files (`content/exercises/<name>.md`), by name. */
  exercises: readonly string[];
}

/** Where the lessons' exercises live (`exercises:`). */
export const LESSON_EXERCISES = 'content/exercises/';

/** Where the course's own texts live (`text:` sources). */
export const LESSON_TEXTS = 'content/lessons/';

/** The entry id a source reads from, or undefined for rule lists and examples. */
export function sourcePageId(source: LessonSource): string | undefined {
  if ('writeup' in source) return `writeups/${source.writeup}`;
  if ('walkthrough' in source) return `walkthroughs/${source.walkthrough}`;
  if ('comparison' in source) return 'compare';
  return undefined;
}

/** The heading anchor a source names on its page, or undefined for the whole page. */
export function sourceAnchor(source: LessonSource): string | undefined {
  if ('comparison' in source) return source.comparison;
  return 'writeup' in source ? source.section : undefined;
}

function suggest(names: readonly string[], wanted: string, prefix = ''): string {
  const near = nearestNames(wanted, names);
  return near.length === 0
    ? 'there is none to choose from'
    : `nearest: ${near.map((name) => `\`${prefix}${name}\``).join(', ')}`;
}

function pagesUnder(targets: ReferenceTargets, folder: string): string[] {
  return [...targets.pages.keys()]
    .filter((id) => id.startsWith(`${folder}/`))
    .map((id) => id.slice(folder.length + 1));
}

function checkSource(
  source: LessonSource,
  where: (...field: Segment[]) => string,
  targets: ReferenceTargets,
): string[] {
  if ('rules' in source) {
    return source.rules.flatMap((id, index) => targets.ruleIds.includes(id) ? [] : [
      `${where('rules', index)}: found rule \`${id}\`, which the guide does not have; `
        + `expected a rule id as on /rules/ (${suggest(targets.ruleIds, id)}).`,
    ]);
  }
  if ('example' in source) {
    return targets.examples.includes(source.example) ? [] : [
      `${where('example')}: found example \`${source.example}\`, which ${
        targets.folders?.examples ?? 'content/examples'}/ does `
        + `not have; expected a folder name (${suggest(targets.examples, source.example)}).`,
    ];
  }
  if ('text' in source) {
    const folder = targets.folders === undefined ? LESSON_TEXTS : `${targets.folders.lessons}/`;
    return targets.texts.includes(source.text) ? [] : [
      `${where('text')}: found text \`${source.text}\`, which ${folder} does not have; `
        + `expected a file name without \`.md\` (${suggest(targets.texts, source.text)}).`,
    ];
  }
  const pageId = sourcePageId(source);
  const anchors = pageId === undefined ? undefined : targets.pages.get(pageId);
  if ('writeup' in source && anchors === undefined) {
    return [`${where('writeup')}: found write-up \`${source.writeup}\`, which content/writeups/ `
      + `does not have; expected a file name without \`.md\` (${
        suggest(pagesUnder(targets, 'writeups'), source.writeup)}).`];
  }
  if ('walkthrough' in source && anchors === undefined) {
    return [`${where('walkthrough')}: found walkthrough \`${source.walkthrough}\`, which `
      + 'content/pages/walkthroughs/ does not have; expected a file name without `.md` ('
      + `${suggest(pagesUnder(targets, 'walkthroughs'), source.walkthrough)}).`];
  }
  const anchor = sourceAnchor(source);
  if (anchor === undefined || anchors === undefined || anchors.includes(anchor)) return [];
  const field = 'comparison' in source ? 'comparison' : 'section';
  const page = 'comparison' in source ? 'the comparison page' : `write-up \`${pageId}\``;
  return [`${where(field)}: found anchor \`#${anchor}\`, but ${page} has no heading with that `
    + `anchor; expected one of its anchors (${suggest(anchors, anchor, '#')}). Anchors are the `
    + 'part after `#` in a heading\'s address; url-manifest.json lists them all.'];
}

/** The exercises' folder as messages name it, with its `/`. */
function exercisesFolder(targets: ReferenceTargets): string {
  const folder = targets.folders?.exercises;
  return folder === undefined ? LESSON_EXERCISES : `${folder}/`;
}

/** One message per broken reference, each starting with `file:line`. */
export function checkReferences(
  syllabus: Syllabus,
  lineOf: (path: readonly Segment[]) => number,
  file: string,
  targets: ReferenceTargets,
): string[] {
  return syllabus.lessons.flatMap((lesson, i) => [
    ...lesson.sources.flatMap((source, j) => {
      const where = (...field: Segment[]): string =>
        `${file}:${lineOf(['lessons', i, 'sources', j, ...field])}: lesson \`${lesson.slug}\``;
      return checkSource(source, where, targets);
    }),
    ...lesson.exercises === undefined || targets.exercises.includes(lesson.exercises) ? [] : [
      `${file}:${lineOf(['lessons', i, 'exercises'])}: lesson \`${lesson.slug}\`: found `
        + `exercises \`${lesson.exercises}\`, which ${exercisesFolder(targets)} does not have; `
        + 'expected '
        + `a file name without \`.md\` (${suggest(targets.exercises, lesson.exercises)}).`,
    ],
  ]);
}
